import { AppError } from '../../domain/appError';
import type { Membership } from '../membership';
import type {
  Acknowledgement,
  AcknowledgementReport,
  Directive,
  DirectiveDetail,
  DirectiveDraft,
  DirectiveListData,
  DirectivePage,
  DirectiveQuery,
  PolicyHome,
  Theme,
  ThemeDetail,
  VersionChange,
} from './types';

/**
 * The policy content and the korpsrichtlijnen as the Beleid view needs them. Every `load…` is one view's first paint
 * and costs one round trip; writes carry the ETag they read, so a concurrent change fails with 412 instead of being
 * overwritten.
 */
export interface PolicyRepository {
  /** The texts, the 10 themes, the latest messages and the latest published korpsrichtlijnen. */
  loadHome(): Promise<PolicyHome>;
  /** One theme by its number (1-10) with its published korpsrichtlijnen; rejects with a 404-like error when unknown. */
  loadTheme(themeNumber: number): Promise<ThemeDetail>;
  /** The 10 themes, in number order (for the editor's choice of themes). */
  loadThemes(): Promise<Theme[]>;
  /** The korpsrichtlijnen view: themes, the user and the first page of a search. */
  loadDirectiveList(query: DirectiveQuery): Promise<DirectiveListData>;
  /** The next page of a search, after the number `after`. */
  findDirectives(query: DirectiveQuery, after?: string): Promise<DirectivePage>;
  /** One published or archived korpsrichtlijn (Korpsrichtlijnen) with the user's acknowledgements of it. */
  loadDirective(id: number): Promise<DirectiveDetail>;
  /** One concept (Richtlijnconcepten; only the Juridische dienst and the beheerders may read it). */
  loadConcept(id: number): Promise<DirectiveDetail>;
  /** Records "gelezen en begrepen" of the directive's current major version by the user (once, whatever the retries). */
  acknowledge(directive: Directive, me: Membership, at?: Date): Promise<Acknowledgement>;
  /** Who acknowledged the current major version and who has not, per dienst (for the Juridische dienst). */
  loadAcknowledgementReport(directive: Directive): Promise<AcknowledgementReport>;
  /** Creates a concept in Richtlijnconcepten, which only the Juridische dienst sees from its first moment; returns its id. */
  createDirective(draft: DirectiveDraft): Promise<number>;
  /** The concept of a new version of a published korpsrichtlijn: the one being written, or a new copy of the published text; returns its id. */
  reviseDirective(directive: Directive): Promise<number>;
  /** Saves an edit of a concept; for a new version, `change` says whether it will be a minor or a major version. */
  saveConcept(concept: Directive, draft: DirectiveDraft, change?: VersionChange): Promise<void>;
  /**
   * Publishes a concept into Korpsrichtlijnen (a new korpsrichtlijn, version 1.0; or the new version of the published
   * one, whose text it replaces) and removes the concept; returns the published korpsrichtlijn's id. Safe to retry.
   */
  publishDirective(concept: Directive, at?: Date): Promise<number>;
  /** Removes a concept (to the recycle bin). */
  discardConcept(concept: Directive): Promise<void>;
  /** Archives a published directive. */
  archiveDirective(directive: Directive): Promise<void>;
}

/** Thrown when a korpsrichtlijn number is already taken. */
export class DuplicateDirectiveNumberError extends AppError {
  public constructor(public readonly number: string) {
    super(`Korpsrichtlijn ${number} bestaat al.`, 'DuplicateDirectiveNumberError');
  }
}
