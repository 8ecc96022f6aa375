// Why a data file could not be used, said so that the reader can fix it, and files that are not plain
// UTF-8 read or refused. Loaded by the loader only when a file needs it (load.ts), so pages whose
// files are fine never carry these words.
import { decodeText } from '../data/encoding.ts';
import { ProblemLog, w, type Expected, type Problem, type Wording } from '../data/problems.ts';

/** What the page knows that explains a failed request: its own origin, and whether the browser is online. */
export interface PageContext {
  /** "https://berita.example"; null where there is no page (Node). */
  origin: string | null;
  online(): boolean;
}

/** A file's text (with any warning on how it was read, such as its encoding), or why there is none. */
export type Fetched = { ok: true; text: string; problems: Problem[] } | { ok: false; problem: Problem };

/** What a file is, for a message that says what came instead. */
export type FileKind = 'CSV file' | 'JSON file' | 'TopoJSON file';

const KIND_WORDS: Readonly<Record<FileKind, string>> = { 'CSV file': 'berkas CSV', 'JSON file': 'berkas JSON', 'TopoJSON file': 'berkas TopoJSON' };

function problem(file: string, found: string | null, expected: Expected): Problem {
  const log = new ProblemLog(file);
  log.error(null, null, found, expected);
  return log.problems[0]!;
}

/** A request that got no answer: `error` is what fetch threw. */
export function unanswered(file: string, url: URL, page: PageContext, error: unknown): Problem {
  return problem(file, error instanceof Error ? error.message : String(error), unansweredExpectation(url, page));
}

/** An answer with an HTTP error status. */
export function badStatus(file: string, url: URL, status: number, named: boolean): Problem {
  return problem(file, `HTTP ${status}`, statusExpectation(url, status, named));
}

/**
 * A file that is not plain UTF-8 text, or not the file at all: a web page in its place, another
 * encoding (read, with a warning), a workbook or other binary file (refused, saying what it is).
 */
export function examine(file: string, url: URL, kind: FileKind, type: string, bytes: Uint8Array): Problem | { text: string; problems: Problem[] } {
  const decoded = decodeText(bytes, file);
  const start = decoded.text?.trimStart() ?? '';
  if (type.includes('text/html') || start.startsWith('<')) {
    const kindId = KIND_WORDS[kind];
    return problem(
      file,
      type.includes('text/html') ? `a web page (${type})` : `a web page (starting ${start.slice(0, 20)})`,
      w(
        `${kindId} di ${url.href}; yang diterima halaman web, bukan ${kindId}: berkasnya kemungkinan tidak ada di sana, atau alamatnya menuju sebuah halaman`,
        `a ${kind} at ${url.href}; got a web page, not a ${kind}: the file is probably missing there, or the address leads to a page`,
      ),
    );
  }
  if (decoded.text === null) return decoded.problems[0]!;
  return { text: decoded.text, problems: decoded.problems };
}

/**
 * Why a request failed without an answer, and what fixes it. fetch gives no status then: the browser
 * is offline, or the answer was refused (a server on another origin that does not allow this page's
 * shows as exactly this, a TypeError and nothing else), or no server answered at all.
 */
function unansweredExpectation(url: URL, page: PageContext): Wording {
  if (!page.online()) {
    return w(
      `berkas di ${url.href}; peramban sedang luring: sambungkan ke jaringan lalu muat ulang halaman`,
      `the file at ${url.href}; the browser is offline: connect to the network and load the page again`,
    );
  }
  const { origin } = page;
  if (origin !== null && origin !== url.origin) {
    return w(
      `berkas di ${url.href}; permintaan ditolak, kemungkinan besar karena server ${url.origin} tidak mengizinkan halaman dari ${origin} membacanya (CORS): ` +
        'server itu harus mengirim header Access-Control-Allow-Origin (misalnya Access-Control-Allow-Origin: *) bersama berkasnya; jika tidak, periksa alamatnya dan apakah servernya berjalan',
      `the file at ${url.href}; the request was refused, most likely because the server of ${url.origin} does not allow pages of ${origin} to read it (CORS): ` +
        'it must send the header Access-Control-Allow-Origin (for example Access-Control-Allow-Origin: *) with the file; otherwise check the address and that the server is running',
    );
  }
  return w(
    `berkas di ${url.href}; permintaan tidak dijawab: periksa alamatnya dan apakah servernya berjalan`,
    `the file at ${url.href}; the request got no answer: check the address and that the server is running`,
  );
}

/** What an HTTP error means for the reader: a file not there, or a server in trouble. */
function statusExpectation(url: URL, status: number, named: boolean): Wording {
  const id = `berkas di ${url.href}; `;
  const en = `the file at ${url.href}; `;
  if (status === 404 || status === 410) {
    return named
      ? w(`${id}server tidak memiliki berkas di sana (HTTP ${status}): periksa alamat pada atributnya`, `${en}the server has no file there (HTTP ${status}): check the address in the attribute`)
      : w(`${id}bangun situs dengan npm run build, yang menaruhnya di data/`, `${en}build the site with npm run build, which puts it in data/`);
  }
  return status >= 500
    ? w(`${id}server menjawab HTTP ${status}, kesalahan pada server: coba lagi nanti`, `${en}the server answered HTTP ${status}, a fault of the server: try again later`)
    : w(`${id}server menjawab HTTP ${status}, bukan berkasnya`, `${en}the server answered HTTP ${status} instead of the file`);
}

