// The library routes used by the views, typed by the generated client.
import * as gen from '../../generated/api-client.ts';
import type { ApiTransport } from '../../generated/api-client.ts';
import { downloadUrl } from '../../api/api.ts';
import type { Me } from '../../api/types.ts';
import type { Lang } from '../../i18n/i18n.tsx';

export type PatronOverview = gen.GetLibraryPatronsByPersonIdResponse;
export type Loan = PatronOverview['loans'][number];
export type Hold = PatronOverview['holds'][number];
export type CatalogueResult = gen.GetLibraryCatalogueResponse['results'][number];
export type CheckinResult = gen.PostLibraryCheckinResponse;
export type ImportResult = gen.PostLibraryBibliosImportResponse;
export type DailyRunResult = gen.PostLibraryUnitsByUnitIdDailyRunResponse;
export type HoldShelf = gen.GetLibraryUnitsByUnitIdHoldShelfResponse;
export type OverdueNotice = gen.GetLibraryUnitsByUnitIdOverdueNoticesResponse['notices'][number];

/** Actions of the library register (src/registers/library/library-access.ts) that decide what the views show. */
export const LIBRARY = {
  librarian: 'library.librarian',
  patronCreate: 'library.Patron.CREATE',
  patronUpdate: 'library.Patron.UPDATE',
  feeManage: 'library.Fee.MANAGE',
  holdManage: 'library.Hold.MANAGE',
  loanRenew: 'library.Loan.RENEW',
  deskUse: 'library.Desk.USE',
  unitWork: 'library.Unit.DAILY',
  catalogueRead: 'library.Catalogue.READ',
  catalogueManage: 'library.Catalogue.MANAGE',
} as const;

export function libraryApi(http: ApiTransport) {
  return {
    patron: (personId: string) => gen.getLibraryPatronsByPersonId(http, { personId }),
    register: (body: gen.PostLibraryPatronsBody) => gen.postLibraryPatrons(http, body),
    updateCard: (personId: string, body: gen.PatchLibraryPatronsByPersonIdBody) => gen.patchLibraryPatronsByPersonId(http, { personId }, body),
    renew: (personId: string, loanId: string) => gen.postLibraryPatronsByPersonIdLoansByLoanIdRenew(http, { personId, loanId }),
    cancelHold: (personId: string, holdId: string) => gen.postLibraryPatronsByPersonIdHoldsByHoldIdCancel(http, { personId, holdId }),
    placeHold: (personId: string, body: gen.PostLibraryPatronsByPersonIdHoldsBody) => gen.postLibraryPatronsByPersonIdHolds(http, { personId }, body),
    fee: (personId: string, feeId: string, action: 'pay' | 'cancel') => gen.postLibraryPatronsByPersonIdFeesByFeeIdByAction(http, { personId, feeId, action }),
    addBlock: (personId: string, body: gen.PostLibraryPatronsByPersonIdBlocksBody) => gen.postLibraryPatronsByPersonIdBlocks(http, { personId }, body),
    liftBlock: (personId: string, blockId: string) => gen.postLibraryPatronsByPersonIdBlocksByBlockIdLift(http, { personId, blockId }),
    lookup: (unitId: string, cardNumber: string) => gen.postLibraryDeskLookup(http, { unitId, cardNumber }),
    deskCheckout: (unitId: string, cardNumber: string, barcode: string) => gen.postLibraryDeskCheckout(http, { unitId, cardNumber, barcode }),
    deskRenew: (unitId: string, cardNumber: string, loanId: string) => gen.postLibraryDeskRenew(http, { unitId, cardNumber, loanId }),
    checkin: (unitId: string, barcode: string) => gen.postLibraryCheckin(http, { unitId, barcode }),
    catalogue: (q: string, offset: number, limit: number) => gen.getLibraryCatalogue(http, { q, offset, limit }),
    itemTypes: () => gen.getLibraryItemTypes(http),
    importMarc: (body: gen.PostLibraryBibliosImportBody) => gen.postLibraryBibliosImport(http, body),
    dailyRun: (unitId: string) => gen.postLibraryUnitsByUnitIdDailyRun(http, { unitId }),
    notices: (unitId: string) => gen.getLibraryUnitsByUnitIdOverdueNotices(http, { unitId }),
    holdShelf: (unitId: string) => gen.getLibraryUnitsByUnitIdHoldShelf(http, { unitId }),
  };
}

export type LibraryApi = ReturnType<typeof libraryApi>;

/** The print letters of a day's overdue notices: a plain link with the session cookie. */
export const noticeLettersUrl = (unitId: string) => downloadUrl(`/library/units/${encodeURIComponent(unitId)}/overdue-notices/letters`);

/** The libraries where the user works as a librarian. */
export function librariesOf(me: Me): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const g of me.user.grants) if (g.role === LIBRARY.librarian && g.unitId) seen.set(g.unitId, g.unitName ?? g.unitId);
  return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'fi'));
}

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : `${lang}-FI`);
export const formatEuro = (n: number, lang: Lang) => n.toLocaleString(locale(lang), { style: 'currency', currency: 'EUR' });

export const CARD_PATTERN = /^[0-9A-Za-z]{4,20}$/;
export const PIN_PATTERN = /^[0-9]{4,8}$/;
