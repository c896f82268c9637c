import { idNumberCheckChar } from '@jishi/shared';

/** Deterministic demo people (names are invented and marked as demo data). */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌辉鹏宇浩凯晨欣怡雪梅婷琳丹宁佳峰健亮振海波';

export function pick<T>(rand: () => number, items: readonly T[] | string): T {
  return items[Math.floor(rand() * items.length)] as T;
}

/** Two- and three-character names, as in the registry (two-character names are common). */
export function personName(rand: () => number): string {
  const given = rand() < 0.45 ? pick<string>(rand, GIVEN) : pick<string>(rand, GIVEN) + pick<string>(rand, GIVEN);
  return pick<string>(rand, SURNAMES) + given;
}

/** A GB 11643 number with a valid check digit, registered in Zhongyuan District (410102). */
export function idNumber(rand: () => number, birthYear: number, male: boolean): string {
  const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
  const seq = String(Math.floor(rand() * 100)).padStart(2, '0');
  const genderDigit = String(Math.floor(rand() * 5) * 2 + (male ? 1 : 0));
  const first17 = `410102${birthYear}${month}${day}${seq}${genderDigit}`;
  return first17 + idNumberCheckChar(first17);
}

export function mobile(rand: () => number): string {
  return `1${pick<string>(rand, '3578')}${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`;
}
