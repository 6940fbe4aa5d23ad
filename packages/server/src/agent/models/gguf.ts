import { open } from "node:fs/promises";

/** GGUF value types, as numbered by the format specification. */
export const GgufType = {
  uint8: 0,
  int8: 1,
  uint16: 2,
  int16: 3,
  uint32: 4,
  int32: 5,
  float32: 6,
  bool: 7,
  string: 8,
  array: 9,
  uint64: 10,
  int64: 11,
  float64: 12,
} as const;

export type GgufScalar = number | bigint | boolean | string;
export type GgufValue = GgufScalar | GgufScalar[];

const GGUF_MAGIC = 0x46554747; // "GGUF" read as a little-endian uint32

/**
 * Reads the metadata key/values at the head of a GGUF file without touching tensor data,
 * so looking at a multi-gigabyte model costs a few reads.
 */
export async function readGgufMetadata(path: string): Promise<Map<string, GgufValue>> {
  const handle = await open(path, "r");
  try {
    const reader = new HeaderReader(async (position, length) => {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      return buffer.subarray(0, bytesRead);
    });
    if ((await reader.u32()) !== GGUF_MAGIC) throw new Error(`${path} is not a GGUF file`);
    const version = await reader.u32();
    if (version < 2) throw new Error(`${path}: GGUF version ${version} is not supported`);
    await reader.u64(); // tensor count
    const kvCount = Number(await reader.u64());
    const metadata = new Map<string, GgufValue>();
    for (let i = 0; i < kvCount; i++) {
      const key = await reader.string();
      const type = await reader.u32();
      metadata.set(key, await reader.value(type));
    }
    return metadata;
  } finally {
    await handle.close();
  }
}

/** Sequential little-endian reader over a file, refilled in 64 KiB windows. */
class HeaderReader {
  private buffer: Buffer = Buffer.alloc(0);
  private bufferStart = 0;
  private position = 0;

  constructor(private readonly readAt: (position: number, length: number) => Promise<Buffer>) {}

  private async take(length: number): Promise<Buffer> {
    const offset = this.position - this.bufferStart;
    if (offset + length > this.buffer.length) {
      this.buffer = await this.readAt(this.position, Math.max(length, 65536));
      this.bufferStart = this.position;
      if (this.buffer.length < length) throw new Error("Unexpected end of GGUF header");
    }
    const start = this.position - this.bufferStart;
    this.position += length;
    return this.buffer.subarray(start, start + length);
  }

  async u32(): Promise<number> {
    return (await this.take(4)).readUInt32LE(0);
  }

  async u64(): Promise<bigint> {
    return (await this.take(8)).readBigUInt64LE(0);
  }

  async string(): Promise<string> {
    const length = Number(await this.u64());
    return (await this.take(length)).toString("utf8");
  }

  async value(type: number): Promise<GgufValue> {
    if (type === GgufType.array) {
      const elementType = await this.u32();
      const count = Number(await this.u64());
      const items: GgufScalar[] = [];
      for (let i = 0; i < count; i++) items.push((await this.value(elementType)) as GgufScalar);
      return items;
    }
    return this.scalar(type);
  }

  private async scalar(type: number): Promise<GgufScalar> {
    switch (type) {
      case GgufType.uint8:
        return (await this.take(1)).readUInt8(0);
      case GgufType.int8:
        return (await this.take(1)).readInt8(0);
      case GgufType.uint16:
        return (await this.take(2)).readUInt16LE(0);
      case GgufType.int16:
        return (await this.take(2)).readInt16LE(0);
      case GgufType.uint32:
        return (await this.take(4)).readUInt32LE(0);
      case GgufType.int32:
        return (await this.take(4)).readInt32LE(0);
      case GgufType.float32:
        return (await this.take(4)).readFloatLE(0);
      case GgufType.bool:
        return (await this.take(1)).readUInt8(0) !== 0;
      case GgufType.string:
        return this.string();
      case GgufType.uint64:
        return (await this.take(8)).readBigUInt64LE(0);
      case GgufType.int64:
        return (await this.take(8)).readBigInt64LE(0);
      case GgufType.float64:
        return (await this.take(8)).readDoubleLE(0);
      default:
        throw new Error(`Unknown GGUF value type ${type}`);
    }
  }
}

export type GgufEntry =
  | { type: "uint32" | "int32" | "float32" | "uint64"; value: number }
  | { type: "bool"; value: boolean }
  | { type: "string"; value: string }
  | { type: "array"; elementType: "string"; value: string[] }
  | { type: "array"; elementType: "float32" | "int32"; value: number[] };

export interface GgufTensor {
  name: string;
  /** Dimensions innermost first, as GGUF stores them (ne[0] is the row length). */
  dims: number[];
  data: Float32Array;
}

/** Serialises a GGUF v3 file with F32 tensors; the same input always gives the same bytes. */
export function encodeGguf(metadata: [string, GgufEntry][], tensors: GgufTensor[], alignment = 32): Buffer {
  const head = new ChunkWriter();
  head.u32(GGUF_MAGIC);
  head.u32(3);
  head.u64(tensors.length);
  head.u64(metadata.length);
  for (const [key, entry] of metadata) {
    head.string(key);
    writeEntry(head, entry);
  }
  let dataOffset = 0;
  const offsets: number[] = [];
  for (const tensor of tensors) {
    const elements = tensor.dims.reduce((a, b) => a * b, 1);
    if (elements !== tensor.data.length) throw new Error(`Tensor ${tensor.name} has the wrong element count`);
    head.string(tensor.name);
    head.u32(tensor.dims.length);
    for (const dim of tensor.dims) head.u64(dim);
    head.u32(0); // GGML_TYPE_F32
    head.u64(dataOffset);
    offsets.push(dataOffset);
    dataOffset = alignUp(dataOffset + tensor.data.byteLength, alignment);
  }
  const header = head.toBuffer();
  const dataStart = alignUp(header.length, alignment);
  const file = Buffer.alloc(dataStart + dataOffset);
  header.copy(file, 0);
  tensors.forEach((tensor, i) => {
    const bytes = Buffer.from(tensor.data.buffer, tensor.data.byteOffset, tensor.data.byteLength);
    bytes.copy(file, dataStart + (offsets[i] ?? 0));
  });
  return file;
}

function alignUp(value: number, alignment: number): number {
  return Math.ceil(value / alignment) * alignment;
}

function writeEntry(out: ChunkWriter, entry: GgufEntry): void {
  if (entry.type === "array") {
    out.u32(GgufType.array);
    out.u32(GgufType[entry.elementType]);
    out.u64(entry.value.length);
    for (const item of entry.value) writeScalar(out, entry.elementType, item);
    return;
  }
  out.u32(GgufType[entry.type]);
  writeScalar(out, entry.type, entry.value);
}

function writeScalar(out: ChunkWriter, type: string, value: number | string | boolean): void {
  if (type === "string") out.string(value as string);
  else if (type === "bool") out.bytes(Buffer.from([value ? 1 : 0]));
  else if (type === "uint32") out.u32(value as number);
  else if (type === "int32") out.i32(value as number);
  else if (type === "float32") out.f32(value as number);
  else if (type === "uint64") out.u64(value as number);
  else throw new Error(`Cannot write GGUF type ${type}`);
}

class ChunkWriter {
  private readonly chunks: Buffer[] = [];

  bytes(buffer: Buffer): void {
    this.chunks.push(buffer);
  }

  u32(value: number): void {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(value, 0);
    this.chunks.push(b);
  }

  i32(value: number): void {
    const b = Buffer.alloc(4);
    b.writeInt32LE(value, 0);
    this.chunks.push(b);
  }

  f32(value: number): void {
    const b = Buffer.alloc(4);
    b.writeFloatLE(value, 0);
    this.chunks.push(b);
  }

  u64(value: number): void {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(value), 0);
    this.chunks.push(b);
  }

  string(value: string): void {
    const bytes = Buffer.from(value, "utf8");
    this.u64(bytes.length);
    this.chunks.push(bytes);
  }

  toBuffer(): Buffer {
    return Buffer.concat(this.chunks);
  }
}
