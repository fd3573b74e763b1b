import { describe, expect, it } from 'vitest';
import { buildIndex, paramsFromQuery, queryFromParams, queryWords, search } from '../../../src/content/search';
import { serviceEntry } from '../../helpers/service-entry';

const labels = (c: string) => ({ hotline: ['สายด่วน', 'Helpline'], shelter: ['ที่พักพิง', 'Shelter'] })[c] ?? [c];
const countries = (c: string) => ({ TH: ['ไทย', 'Thailand'], MM: ['မြန်မာ', 'Myanmar'], MY: ['Malaysia'] })[c] ?? [c];

const thai = serviceEntry({
  id: 'th-1300',
  categories: ['hotline'],
  text: { name: 'ศูนย์ช่วยเหลือสังคม 1300', description: 'รับแจ้งเหตุการค้ามนุษย์และการแสวงประโยชน์แรงงาน' },
  source: { name: 'Prachabodi Centre 1300', description: 'Reports of human trafficking and labour exploitation' },
});
const burmese = serviceEntry({
  id: 'mm-labour',
  country: 'MM',
  timezone: 'Asia/Yangon',
  categories: ['migrant-bureau'],
  text: { name: 'အလုပ်သမားဦးစီးဌာန', description: 'ရွှေ့ပြောင်းအလုပ်သမားများအတွက် အကူအညီ ဖုန်း' },
  source: { name: 'Department of Labour', description: 'Help line for migrant workers' },
});
const shelter = serviceEntry({
  id: 'my-shelter',
  country: 'MY',
  area: 'Johor',
  categories: ['shelter'],
  cost: 'free',
  languages: ['id', 'ms'],
  serves: { genders: ['women'], nationalities: 'all', statuses: [] },
  text: { name: 'Women’s refuge', description: 'Safe place to stay for women' },
});
const index = buildIndex([thai, burmese, shelter], labels, countries);
const ids = (q: Parameters<typeof search>[1], lang = 'en') => search(index, q, lang).map((s) => s.id);

describe('directory search', () => {
  it('finds Thai text typed without spaces, words in any order, via Intl.Segmenter', () => {
    // "hotline" + "human trafficking" typed as one run: neither is a substring of the name alone.
    expect(queryWords('สายด่วนค้ามนุษย์', 'th')).toEqual(['สาย', 'ด่วน', 'ค้า', 'มนุษย์']);
    expect(ids({ q: 'สายด่วนค้ามนุษย์' }, 'th')).toEqual(['th-1300']);
    expect(ids({ q: 'แรงงานค้ามนุษย์' }, 'th')).toEqual(['th-1300']);
    expect(ids({ q: 'ที่พักพิงค้ามนุษย์' }, 'th')).toEqual([]);
  });

  it('finds Burmese text typed without spaces', () => {
    expect(queryWords('ဖုန်းအကူအညီ', 'my')).toEqual(['ဖုန်း', 'အကူအညီ']);
    expect(ids({ q: 'ဖုန်းအကူအညီ' }, 'my')).toEqual(['mm-labour']);
    expect(ids({ q: 'အလုပ်သမား' }, 'my')).toEqual(['mm-labour']);
  });

  it('matches the English source text, category names and country names too', () => {
    expect(ids({ q: 'trafficking' }, 'th')).toEqual(['th-1300']);
    expect(ids({ q: 'shelter' })).toEqual(['my-shelter']);
    expect(ids({ q: 'ไทย' }, 'th')).toEqual(['th-1300']);
    expect(ids({ q: 'myanmar labour' })).toEqual(['mm-labour']);
  });

  it('ignores case, accents and zero-width spaces', () => {
    expect(ids({ q: 'JOHOR' })).toEqual(['my-shelter']);
    expect(ids({ q: 'wómen' })).toEqual(['my-shelter']);
    expect(ids({ q: 'ศูนย์\u200bช่วยเหลือ' }, 'th')).toEqual(['th-1300']);
  });

  it('applies every filter: country, area, category, who is served, language, free', () => {
    expect(ids({ country: 'MM' })).toEqual(['mm-labour']);
    expect(ids({ country: 'MY', area: 'Johor', category: 'shelter' })).toEqual(['my-shelter']);
    expect(ids({ served: 'women' })).toEqual(['th-1300', 'mm-labour', 'my-shelter']);
    expect(ids({ served: 'men' })).toEqual(['th-1300', 'mm-labour']);
    expect(ids({ language: 'id' })).toEqual(['my-shelter']);
    expect(ids({ free: true })).toEqual(['my-shelter']);
    expect(ids({ free: true, country: 'TH' })).toEqual([]);
  });

  it('filters live in the URL and come back the same', () => {
    const query = { q: 'shelter', country: 'MY', category: 'shelter', served: 'women', language: 'id', free: true, openNow: true };
    const params = paramsFromQuery(query);
    expect(params.toString()).toBe('q=shelter&country=MY&category=shelter&served=women&language=id&free=1&open=1');
    expect(queryFromParams(params)).toEqual({ ...query, area: undefined });
    expect(queryFromParams(new URLSearchParams('country=my&q=%20x%20'))).toMatchObject({ country: 'MY', q: 'x' });
  });
});

describe('digits in any script', () => {
  it('finds a number typed in Burmese, Bengali, Khmer or Arabic-Indic digits', async () => {
    const { normalise } = await import('../../../src/content/search');
    expect(normalise('၁၃၀၀')).toBe('1300');
    expect(normalise('১৬১৩৫')).toBe('16135');
    expect(normalise('១២៩')).toBe('129');
    expect(normalise('۱۹۸۹')).toBe('1989');
    expect(normalise('٤١٠')).toBe('410');
  });
});

describe('open now, honestly', () => {
  const police = serviceEntry({ id: 'th-police-1599', categories: ['hotline'], text: { name: 'Police 1599', description: '' } });
  const office = serviceEntry({
    id: 'th-office',
    categories: ['hotline'],
    hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:30', closes: '16:30' }],
    text: { name: 'Office', description: '' },
  });
  const always = serviceEntry({ id: 'th-1300-line', categories: ['hotline'], open247: true, text: { name: 'Line 1300', description: '' } });
  const index = buildIndex([police, office, always], labels, countries);
  // 23:30 on a Wednesday in Bangkok.
  const night = new Date('2026-12-02T16:30:00Z');

  it('keeps services whose hours are unknown, after the ones that are open, and hides only the closed', () => {
    const ids = search(index, { openNow: true }, 'th', night).map((s) => s.id);
    expect(ids).toEqual(['th-1300-line', 'th-police-1599']);
  });

  it('shows a 24-hour line at any time', () => {
    expect(search(index, { openNow: true }, 'th', new Date('2026-12-06T20:00:00Z')).map((s) => s.id)).toContain('th-1300-line');
  });
});
