// Response schemas of the application routes: they type the generated web client and list
// exactly what is sent (a property not named here is not serialised).
const str = { type: 'string' } as const;
const nstr = { type: ['string', 'null'] } as const;
const nnum = { type: ['number', 'null'] } as const;
const bool = { type: 'boolean' } as const;

export const applicationSchema = {
  type: 'object',
  properties: {
    id: str,
    childId: str,
    guardianId: str,
    type: str,
    status: str,
    sentDate: str,
    preferredStartDate: str,
    hoursPerMonth: nnum,
    urgent: bool,
    attachmentReceivedDate: nstr,
    siblingBasis: bool,
    siblingId: nstr,
    otherGuardianId: nstr,
    otherGuardianConsent: nstr,
    dueDate: nstr,
    dueDateSetManually: bool,
    proposedUnitId: nstr,
    proposedGroupId: nstr,
    proposedStartDate: nstr,
    proposedEndDate: nstr,
    proposedHoursPerMonth: nnum,
    proposedFreeHoursPerMonth: nnum,
    rejectionReason: nstr,
    preferredUnitIds: { type: 'array', items: str },
    placeGuaranteeAtRisk: bool,
  },
} as const;

const personName = { type: 'object', properties: { id: str, firstNames: str, lastName: str, birthDate: str } } as const;
const nullablePersonName = { anyOf: [personName, { type: 'null' }] } as const;
const namedRef = { type: 'object', properties: { id: str, name: str } } as const;

export const applicationDetailsSchema = {
  type: 'object',
  properties: {
    application: applicationSchema,
    child: personName,
    guardian: personName,
    otherGuardian: nullablePersonName,
    sibling: nullablePersonName,
    preferredUnits: { type: 'array', items: { type: 'object', properties: { id: str, name: str, priority: { type: 'integer' } } } },
    proposedUnit: { anyOf: [namedRef, { type: 'null' }] },
    proposedGroup: { anyOf: [namedRef, { type: 'null' }] },
    placementId: nstr,
  },
} as const;

export const childApplicationsSchema = {
  type: 'object',
  properties: {
    applications: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: str,
          type: str,
          status: str,
          sentDate: str,
          preferredStartDate: str,
          dueDate: nstr,
          unitName: nstr,
          placeGuaranteeAtRisk: bool,
        },
      },
    },
  },
} as const;
