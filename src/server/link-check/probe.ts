import http from 'node:http';
import https from 'node:https';
import type { LinkOutcome } from '../../db/schema.ts';
import { isPrivateHostLiteral, PrivateAddressError, publicOnlyLookup } from './address-guard.ts';

/** Why a link could not be followed, when it was not an HTTP error status. */
export const LINK_PROBLEMS = [
  'http-status',
  'timeout',
  'dns',
  'refused',
  'tls',
  'network',
  'too-many-redirects',
  'bad-redirect',
  'private-address',
] as const;
export type LinkProblem = (typeof LINK_PROBLEMS)[number];

/** What checking one address found. `movedTo` is where a permanent redirect leads (outcome `moved`). */
export interface LinkCheckResult {
  outcome: LinkOutcome;
  httpStatus: number | null;
  problem: LinkProblem | null;
  movedTo: string | null;
}

/**
 * How to check: the limits, the name Lotse gives itself, and the pacing per host: a wait for the host's
 * turn before each request, and word when the request is over.
 */
export interface ProbeOptions {
  timeoutMs: number;
  userAgent: string;
  allowsPrivateAddresses: boolean;
  waitForTurn: (host: string) => Promise<void>;
  endTurn: (host: string) => Promise<void>;
}

/** Redirects followed at most before a link counts as broken. */
const maxRedirects = 5;

class ProbeFailure extends Error {
  constructor(readonly problem: LinkProblem) {
    super(problem);
  }
}

/**
 * Follows one link as a browser would, politely: HEAD first, GET when the server refuses HEAD (405, 501),
 * redirects up to a limit, a time limit per request. A 2xx answer is ok; one reached through permanent
 * redirects (301, 308) only is `moved`, with the address they lead to; temporary ones (302, 303, 307) are
 * fine. Every failure is a result, never an exception.
 */
export async function checkLink(url: string, options: ProbeOptions): Promise<LinkCheckResult> {
  let current = new URL(url);
  let movedTo: string | null = null;
  let isPermanentSoFar = true;
  try {
    for (let redirects = 0; ; redirects++) {
      const { status, location } = await headOrGet(current, options);
      if (![301, 302, 303, 307, 308].includes(status)) {
        if (status >= 400) return { outcome: 'broken', httpStatus: status, problem: 'http-status', movedTo };
        return { outcome: movedTo ? 'moved' : 'ok', httpStatus: status, problem: null, movedTo };
      }
      if (redirects === maxRedirects) throw new ProbeFailure('too-many-redirects');
      const target = location && URL.canParse(location, current) ? new URL(location, current) : undefined;
      if (!target || !/^https?:$/.test(target.protocol)) throw new ProbeFailure('bad-redirect');
      isPermanentSoFar &&= status === 301 || status === 308;
      if (isPermanentSoFar) movedTo = target.href;
      current = target;
    }
  } catch (error) {
    return { outcome: 'broken', httpStatus: null, problem: problemOf(error), movedTo };
  }
}

async function headOrGet(url: URL, options: ProbeOptions) {
  const answer = await requestOnce(url, 'HEAD', options);
  return answer.status === 405 || answer.status === 501 ? requestOnce(url, 'GET', options) : answer;
}

async function requestOnce(
  url: URL,
  method: 'HEAD' | 'GET',
  options: ProbeOptions,
): Promise<{ status: number; location: string | undefined }> {
  if (!options.allowsPrivateAddresses && isPrivateHostLiteral(url.hostname)) {
    throw new PrivateAddressError(url.hostname);
  }
  await options.waitForTurn(url.host);
  try {
    return await send(url, method, options);
  } finally {
    await options.endTurn(url.host);
  }
}

function send(url: URL, method: 'HEAD' | 'GET', options: ProbeOptions) {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<{ status: number; location: string | undefined }>((resolve, reject) => {
    const request = client.request(
      url,
      {
        method,
        agent: false,
        headers: { 'user-agent': options.userAgent, accept: '*/*' },
        ...(options.allowsPrivateAddresses ? {} : { lookup: publicOnlyLookup }),
      },
      (response) => {
        clearTimeout(timer);
        // Only the status matters: the body is never read.
        response.destroy();
        resolve({ status: response.statusCode ?? 0, location: response.headers.location });
      },
    );
    const timer = setTimeout(() => request.destroy(new ProbeFailure('timeout')), options.timeoutMs);
    request.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    request.end();
  });
}

function problemOf(error: unknown): LinkProblem {
  if (error instanceof ProbeFailure) return error.problem;
  if (error instanceof PrivateAddressError) return 'private-address';
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'dns';
  if (code === 'ECONNREFUSED') return 'refused';
  if (/CERT|TLS|SSL/.test(code)) return 'tls';
  return 'network';
}
