/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 32-bit), seeded through splitmix32
 * so that neighbouring seeds give unrelated streams. Period at least 2^32; passes PractRand.
 *
 * Its state is four public fields so that a sampler's loop can take them into locals, step the
 * generator inline for each number it needs, and put them back (poisson-table.ts): a call per
 * number cost as much as the draw itself.
 */
import type { Bits } from "./random.ts";

export class Sfc32 implements Bits {
  a: number;
  b: number;
  c: number;
  d = 1;

  constructor(seed: number) {
    let state = seed >>> 0;
    const splitmix32 = (): number => {
      state = (state + 0x9e3779b9) | 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
      z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
      return (z ^ (z >>> 15)) >>> 0;
    };
    this.a = splitmix32() | 0;
    this.b = splitmix32() | 0;
    this.c = splitmix32() | 0;
    // Discard the first outputs, as the generator's author recommends, to mix the seed in.
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A generator in the state a, b, c, d (as the fields hold it): the numbers that follow are those that followed there. */
  static at(a: number, b: number, c: number, d: number): Sfc32 {
    const generator = new Sfc32(0);
    generator.a = a;
    generator.b = b;
    generator.c = c;
    generator.d = d;
    return generator;
  }

  /** The next 32 random bits, as a whole number in [0, 2^32). */
  next(): number {
    const { a, b, c, d } = this;
    const t = (((a + b) | 0) + d) | 0;
    this.d = (d + 1) | 0;
    this.a = b ^ (b >>> 9);
    this.b = (c + (c << 3)) | 0;
    const rotated = (c << 21) | (c >>> 11);
    this.c = (rotated + t) | 0;
    return t >>> 0;
  }

  /** The next `count` numbers into out[0..count), the same as `count` calls of `next` give. */
  fill(out: Float64Array, count: number): void {
    let a = this.a | 0;
    let b = this.b | 0;
    let c = this.c | 0;
    let d = this.d | 0;
    for (let n = 0; n < count; n++) {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      out[n] = t >>> 0;
    }
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
  }
}
