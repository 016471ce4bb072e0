import type { PenaltyRowInput } from './penalty-row';

const yuan = (n: number) => n * 100;
const townshipOrDistrict = ['township', 'district'] as const;
/** Row 2's kinds: collective township (only from the first repeat on: the first one is 2a), collective district, individual city. */
const row2Clauses = [
  { levels: ['township'], forms: ['collective'], repeats: { min: 1 } },
  { levels: ['district'], forms: ['collective'] },
  { levels: ['city'], forms: ['individual'] },
] satisfies PenaltyRowInput['match'];
const cityCollective = [{ levels: ['city'], forms: ['collective'] }] satisfies PenaltyRowInput['match'];
const province = [{ levels: ['province'], forms: ['individual', 'collective'] }] satisfies PenaltyRowInput['match'];
const national = [{ levels: ['national'], forms: ['individual', 'collective'] }] satisfies PenaltyRowInput['match'];
/** domain.md gives no deadline for 领回办结; 30 days matches the rectification period (限期整改). */
const retrieval = { deadlineDays: 30 };

/** domain.md's table (seed 四(三)1), row by row. Amounts are yuan per person per visit, stored as fen. */
export const defaultPenaltyRows: PenaltyRowInput[] = [
  {
    id: '1a',
    label: '个人访（到镇、到区）初次：第一时间领回办结',
    match: [{ levels: [...townshipOrDistrict], forms: ['individual'] }],
    repeats: { min: 0, max: 0 },
    retrievalTask: retrieval,
  },
  {
    id: '1b',
    label: '个人访（到镇、到区）重复1–2次',
    match: [{ levels: [...townshipOrDistrict], forms: ['individual'] }],
    repeats: { min: 1, max: 2 },
    amounts: { officeHeadFen: yuan(100), villageHeadFen: yuan(200) },
  },
  {
    id: '1c',
    label: '个人访（到镇、到区）重复3次及以上',
    match: [{ levels: [...townshipOrDistrict], forms: ['individual'] }],
    repeats: { min: 3 },
    amounts: { officeHeadFen: yuan(200), villageHeadFen: yuan(400) },
    chargesLeadingCadres: true,
  },
  {
    id: '2a',
    label: '集体访（到镇）初次：第一时间领回办结',
    match: [{ levels: ['township'], forms: ['collective'] }],
    repeats: { min: 0, max: 0 },
    retrievalTask: retrieval,
  },
  {
    id: '2b',
    label: '集体访到镇重复、集体访到区、个人访到市（重复0–2次）',
    match: row2Clauses,
    repeats: { min: 0, max: 2 },
    amounts: { officeHeadFen: yuan(200), villageHeadFen: yuan(300) },
  },
  {
    id: '2c',
    label: '集体访到镇、到区或个人访到市重复3次',
    match: row2Clauses,
    repeats: { min: 3, max: 3 },
    amounts: { officeHeadFen: yuan(400), villageHeadFen: yuan(600) },
    sanctions: ['criticism_notice'],
  },
  {
    id: '2d',
    label: '集体访到镇、到区或个人访到市重复4次及以上（处罚翻番）',
    match: row2Clauses,
    repeats: { min: 4 },
    amounts: { officeHeadFen: yuan(800), villageHeadFen: yuan(1200) },
    sanctions: ['criticism_notice'],
    chargesLeadingCadres: true,
  },
  {
    id: '3a',
    label: '集体访到市（重复0–1次）',
    match: cityCollective,
    repeats: { min: 0, max: 1 },
    amounts: { officeHeadFen: yuan(300), villageHeadFen: yuan(500) },
    chargesLeadingCadres: true,
    lateSanctions: ['warning_talk'],
  },
  {
    id: '3b',
    label: '集体访到市重复2次及以上',
    match: cityCollective,
    repeats: { min: 2 },
    amounts: { officeHeadFen: yuan(600), villageHeadFen: yuan(1000) },
    sanctions: ['criticism_notice'],
    chargesLeadingCadres: true,
    lateSanctions: ['warning_talk'],
  },
  {
    id: '4a',
    label: '赴省上访（重复0–1次）',
    match: province,
    repeats: { min: 0, max: 1 },
    amounts: { officeHeadFen: yuan(400), villageHeadFen: yuan(600) },
    chargesLeadingCadres: true,
    lateSanctions: ['warning_talk'],
  },
  {
    id: '4b',
    label: '赴省上访重复2次及以上',
    match: province,
    repeats: { min: 2 },
    amounts: { officeHeadFen: yuan(600), villageHeadFen: yuan(1500) },
    sanctions: ['criticism_notice'],
    chargesLeadingCadres: true,
    lateSanctions: ['warning_talk'],
  },
  {
    id: '5a',
    label: '进京上访（重复0–1次）',
    match: national,
    repeats: { min: 0, max: 1 },
    amounts: { officeHeadFen: yuan(500), villageHeadFen: yuan(800) },
    chargesLeadingCadres: true,
    lateSanctions: ['suspension'],
    lateSeriousSanctions: ['disciplinary'],
  },
  {
    id: '5b',
    label: '进京上访重复2次及以上',
    match: national,
    repeats: { min: 2 },
    amounts: { officeHeadFen: yuan(1000), villageHeadFen: yuan(2000) },
    // domain.md gives 5b no 通报批评 (unlike 3b and 4b); followed as written.
    chargesLeadingCadres: true,
    lateSanctions: ['suspension'],
    lateSeriousSanctions: ['disciplinary'],
  },
];
