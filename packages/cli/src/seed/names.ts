import type { Rng } from './prng';

// Name pools for the demo data. Common surnames and given-name characters, so the people read naturally;
// none of them is a real person.

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
  '何',
  '郭',
  '马',
  '罗',
  '梁',
  '宋',
  '郑',
  '谢',
  '韩',
  '唐',
  '冯',
  '于',
  '董',
  '萧',
  '程',
  '曹',
  '袁',
  '邓',
  '许',
  '傅',
  '沈',
  '曾',
  '彭',
  '吕',
] as const;

const GIVEN = [
  '建国',
  '建华',
  '国强',
  '志刚',
  '卫东',
  '海军',
  '红梅',
  '秀英',
  '丽华',
  '桂兰',
  '振华',
  '春生',
  '玉兰',
  '德明',
  '永利',
  '晓燕',
  '文斌',
  '俊杰',
  '淑芬',
  '立新',
  '长青',
  '宏伟',
  '凤英',
  '金山',
  '晓东',
  '海燕',
  '学军',
  '雪梅',
  '宝林',
  '明亮',
  '庆丰',
  '爱民',
  '秋菊',
  '树林',
  '新民',
  '小红',
  '保国',
  '翠兰',
  '广才',
  '志远',
] as const;

/** Village names are built from a surname or a landmark plus a common suffix. */
const VILLAGE_STEMS = [
  '王庄',
  '李家',
  '张辛',
  '赵集',
  '前营',
  '后营',
  '东坨',
  '西坨',
  '南关',
  '北关',
  '大杜',
  '小杜',
  '河西',
  '河东',
  '柳林',
  '槐树',
  '石桥',
  '杨家',
  '马坊',
  '高庄',
  '孙各',
  '郭家',
  '刘屯',
  '陈各',
  '双埠',
  '三里',
  '五里',
  '沙古',
  '胡家',
  '董庄',
] as const;
const VILLAGE_SUFFIXES = ['村', '村', '村', '屯村', '庄村', '营村'] as const;

const OFFICE_NAMES = ['东片办事处', '西片办事处', '南片办事处', '北片办事处', '中心办事处'] as const;

/** Distinct names: a person's name never repeats within one township. */
export function personNamer(rng: Rng): () => string {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const name = rng.pick(SURNAMES) + rng.pick(GIVEN);
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
}

export function villageNamer(rng: Rng): () => string {
  const stems = rng.shuffle(VILLAGE_STEMS);
  let i = 0;
  return () => {
    const stem = stems[i % stems.length] ?? '新村';
    i += 1;
    const name = stem.endsWith('庄') || stem.endsWith('家') ? `${stem}村` : stem + rng.pick(VILLAGE_SUFFIXES);
    return i > stems.length ? `${name}${Math.floor(i / stems.length) + 1}` : name;
  };
}

export function officeNames(rng: Rng, count: number): string[] {
  return rng.shuffle(OFFICE_NAMES).slice(0, count);
}

/** A placeholder name for a petitioner: stored only in the petitioner item, never anywhere else. */
export function petitionerName(rng: Rng): string {
  return `${rng.pick(SURNAMES)}某${rng.pick(['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛'])}`;
}

export function placeholderPhone(rng: Rng): string {
  // 1380000xxxx: an obviously fictitious block, so no real number is ever shown in a demo.
  return `1380000${String(rng.int(0, 9999)).padStart(4, '0')}`;
}
