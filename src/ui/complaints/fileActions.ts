/** Offers a text file to the user as a download (CSV or HTML export). */
export function downloadFile(fileName: string, content: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  document.body.removeChild(link);
  // give the browser the time to start the download before the URL goes
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Prints a standalone HTML document (the report, not the app around it) through a hidden frame. */
export function printDocument(documentHtml: string): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.title = 'print';
  frame.style.position = 'fixed';
  frame.style.width = '0';
  frame.style.height = '0';
  frame.style.border = '0';
  document.body.appendChild(frame);
  const done = (): void => {
    setTimeout(() => frame.remove(), 1000);
  };
  frame.onload = () => {
    const view = frame.contentWindow;
    if (!view) return done();
    view.addEventListener('afterprint', done);
    view.focus();
    view.print();
  };
  frame.srcdoc = documentHtml;
}
