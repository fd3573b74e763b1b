/**
 * "Open now", computed in the service's own time zone: a caseworker in Colombo looking at a
 * shelter in Johor needs Johor's clock, not theirs.
 */
import type { Service } from './model/records';

export type OpenState = 'always' | 'open' | 'closed' | 'unknown';

const DAY_CODES = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'] as const;
const SHORT_TO_CODE: Record<string, (typeof DAY_CODES)[number]> = {
  Sun: 'su',
  Mon: 'mo',
  Tue: 'tu',
  Wed: 'we',
  Thu: 'th',
  Fri: 'fr',
  Sat: 'sa',
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The weekday code and minutes since midnight at `now` in `timeZone`. */
export function localClock(now: Date, timeZone: string): { day: (typeof DAY_CODES)[number]; minutes: number; time: string } {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(now).map((p) => [p.type, p.value]));
  const hour = Number(parts.hour) % 24;
  const minute = Number(parts.minute);
  return {
    day: SHORT_TO_CODE[parts.weekday!]!,
    minutes: hour * 60 + minute,
    time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
  };
}

const toMinutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
};

const previousDay = (day: (typeof DAY_CODES)[number]) => DAY_CODES[(DAY_CODES.indexOf(day) + 6) % 7]!;

/**
 * Whether a service is open at `now`. Hours that close "before" they open run past midnight
 * (22:00–06:00 is open at 02:00 on the next day). No hours at all means we do not know.
 */
export function openState(service: Pick<Service, 'open247' | 'hours' | 'timezone'>, now: Date): OpenState {
  if (service.open247) return 'always';
  if (!service.hours.length) return 'unknown';
  const { day, minutes } = localClock(now, service.timezone);
  for (const h of service.hours) {
    const opens = toMinutes(h.opens);
    const closes = toMinutes(h.closes);
    if (closes > opens) {
      if (h.days.includes(day) && minutes >= opens && minutes < closes) return 'open';
    } else {
      // Overnight: the evening part today, the early-morning part on the day after a listed day.
      if (h.days.includes(day) && minutes >= opens) return 'open';
      if (h.days.includes(previousDay(day)) && minutes < closes) return 'open';
    }
  }
  return 'closed';
}
