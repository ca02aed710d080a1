import * as React from 'react';

/** A chevron pointing down (Fluent's drawing, 20 px, in the text's colour); a class turns it where it is used. */
export function Chevron(props: { className?: string }): React.ReactElement {
  return (
    <svg className={props.className} width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M15.85 7.65a.5.5 0 0 1 0 .7l-5.5 5.5a.5.5 0 0 1-.7 0l-5.5-5.5a.5.5 0 1 1 .7-.7L10 12.79l5.15-5.14a.5.5 0 0 1 .7 0Z" />
    </svg>
  );
}
