// Text written as UTF-8 straight into chunks of bytes. A state-sized backup (about 50 MB) is then never
// one string, never copied through a Blob, and is copied once, into the finished file.
const encoder = new TextEncoder();

/** The first chunk is small (a new copy's backup is a few kilobytes); each next one is twice the last. */
const FIRST_CHUNK_BYTES = 64 * 1024;
const LARGEST_CHUNK_BYTES = 8 * 1024 * 1024;
/** Room for any one character (4 bytes in UTF-8), so a fresh chunk always takes some of the text. */
const SMALLEST_CHUNK_BYTES = 16;

export class Utf8Chunks {
  private readonly full: Uint8Array<ArrayBuffer>[] = [];
  private fullBytes = 0;
  private current: Uint8Array<ArrayBuffer>;
  private used = 0;

  constructor(
    firstChunkBytes = FIRST_CHUNK_BYTES,
    private readonly largestChunkBytes = LARGEST_CHUNK_BYTES,
  ) {
    this.current = new Uint8Array(Math.max(SMALLEST_CHUNK_BYTES, firstChunkBytes));
  }

  get byteLength(): number {
    return this.fullBytes + this.used;
  }

  write(text: string): void {
    let rest = text;
    for (;;) {
      const { read, written } = encoder.encodeInto(rest, this.current.subarray(this.used));
      this.used += written;
      if (read === rest.length) return;
      // encodeInto stops before a character that does not fit whole: it goes at the start of the next chunk.
      rest = rest.slice(read);
      this.nextChunk();
    }
  }

  /** Copies every byte written into `target` from `offset` on. */
  copyTo(target: Uint8Array, offset: number): void {
    let at = offset;
    for (const chunk of [...this.full, this.current.subarray(0, this.used)]) {
      target.set(chunk, at);
      at += chunk.length;
    }
  }

  private nextChunk(): void {
    this.full.push(this.current.subarray(0, this.used));
    this.fullBytes += this.used;
    const size = Math.max(SMALLEST_CHUNK_BYTES, Math.min(this.largestChunkBytes, this.current.length * 2));
    this.current = new Uint8Array(size);
    this.used = 0;
  }
}
