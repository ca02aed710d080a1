import { randomUUID } from 'node:crypto';
import type { Identity } from '../auth/auth';
import type { Db } from '../store/db';
import { upnOf } from '../../src/data/upn';
import { findUser } from './users';

/** A Teams activity-feed notification the Graph stand-in accepted. */
export interface RecordedNotification {
  id: string;
  sender: string;
  recipient: string;
  timestamp: string;
  topic: { source: string; value: string; webUrl?: string };
  activityType: string;
  previewText: { content: string };
  templateParameters: { name: string; value: string }[];
  chainId?: number;
}

/** A Graph-style answer: status and JSON body (none for 204). */
export interface GraphReply {
  status: number;
  body?: unknown;
}

const graphError = (status: number, code: string, message: string): GraphReply => ({
  status,
  body: { error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': randomUUID() } } },
});

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * `POST /v1.0/users/{id}/teamwork/sendActivityNotification` (Graph v1.0): validates the body as Graph does (topic with
 * `webUrl` for source `text`, activityType, previewText), records the notification and answers 204.
 */
export function sendActivityNotification(db: Db, identity: Identity | undefined, recipientId: string, body: unknown): GraphReply {
  if (!identity) return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
  const recipient = findUser(db, decodeURIComponent(recipientId));
  if (!recipient) return graphError(404, 'Request_ResourceNotFound', `Resource '${recipientId}' does not exist or one of its queried reference-property objects are not present.`);
  if (!isRecord(body)) return graphError(400, 'BadRequest', 'The request body must be a JSON object.');
  const { topic, activityType, previewText, templateParameters, chainId } = body;
  if (!isRecord(topic) || (topic.source !== 'entityUrl' && topic.source !== 'text') || typeof topic.value !== 'string' || !topic.value) {
    return graphError(400, 'BadRequest', "Invalid topic: 'source' must be 'entityUrl' or 'text' and 'value' is required.");
  }
  if (topic.source === 'text' && (typeof topic.webUrl !== 'string' || !/^https?:\/\//i.test(topic.webUrl))) {
    return graphError(400, 'BadRequest', "Invalid topic: 'webUrl' is required when the topic source is 'text'.");
  }
  if (typeof activityType !== 'string' || !activityType) return graphError(400, 'BadRequest', "'activityType' is required.");
  if (!isRecord(previewText) || typeof previewText.content !== 'string') return graphError(400, 'BadRequest', "'previewText' with 'content' is required.");
  const params = templateParameters ?? [];
  if (!Array.isArray(params) || !params.every((p) => isRecord(p) && typeof p.name === 'string' && typeof p.value === 'string')) {
    return graphError(400, 'BadRequest', "'templateParameters' must be a list of {name, value}.");
  }
  const notification: RecordedNotification = {
    id: randomUUID(),
    sender: upnOf(identity.caller.login),
    recipient: upnOf(recipient.login),
    timestamp: new Date().toISOString(),
    topic: { source: topic.source, value: topic.value, ...(typeof topic.webUrl === 'string' ? { webUrl: topic.webUrl } : {}) },
    activityType,
    previewText: { content: previewText.content },
    templateParameters: params as RecordedNotification['templateParameters'],
    ...(typeof chainId === 'number' ? { chainId } : {}),
  };
  db.run('INSERT INTO notifications (data) VALUES (?)', JSON.stringify(notification));
  return { status: 204 };
}

/** Every recorded notification, oldest first. */
export const recordedNotifications = (db: Db): RecordedNotification[] =>
  db.all<{ data: string }>('SELECT data FROM notifications ORDER BY id').map((r) => JSON.parse(r.data) as RecordedNotification);
