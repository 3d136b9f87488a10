// Response schemas of the attendance routes (they type the generated web client).
const str = { type: 'string' } as const;
const nstr = { type: ['string', 'null'] } as const;
const nnum = { type: ['number', 'null'] } as const;
const num = { type: 'number' } as const;

const stay = { type: 'object', properties: { arrived: str, departed: nstr } } as const;

export const attendanceDaySchema = {
  type: 'object',
  properties: { date: str, attendances: { type: 'array', items: stay }, absenceType: nstr },
} as const;

export const unitDaySchema = {
  type: 'object',
  properties: {
    date: str,
    children: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: str,
          firstNames: str,
          lastName: str,
          birthDate: str,
          placementId: str,
          groupId: nstr,
          groupName: nstr,
          placementType: str,
          hoursPerMonth: num,
          reservations: { type: 'array', items: { type: 'object', properties: { start: str, end: str } } },
          attendances: { type: 'array', items: stay },
          absenceType: nstr,
        },
      },
    },
  },
} as const;

export const unitMonthSchema = {
  type: 'object',
  properties: {
    month: str,
    overruns: { type: 'integer' },
    children: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: str,
          firstNames: str,
          lastName: str,
          birthDate: str,
          serviceNeedHours: nnum,
          realisedHours: num,
          reservedHours: num,
          absenceDays: { type: 'integer' },
          overrun: { type: 'boolean' },
        },
      },
    },
  },
} as const;

export const reservationDaySchema = {
  type: 'object',
  properties: { date: str, reservations: { type: 'array', items: { type: 'object', properties: { start: str, end: str } } } },
} as const;
