// Refusals of circulation in fi/sv/en. The same messages reach the circulation desk (as HTTP
// 400/409) and the patron at a self-service machine (as the SIP2 screen message).
import { ApiError } from '../../../core/http/errors.ts';

const e = (status: number, code: string, fi: string, sv: string, en: string) => new ApiError(status, code, { fi, sv, en });

export const circulationErrors = {
  patronNotFound: () => e(404, 'patron_not_found', 'Kirjastokorttia ei löydy tai se ei ole voimassa.', 'Bibliotekskortet hittas inte eller är inte giltigt.', 'The library card was not found or is not valid.'),
  banned: (ban: 'blocked' | 'unpaid_fees') =>
    ban === 'blocked'
      ? e(400, 'patron_blocked', 'Asiakkaalla on lainauskielto.', 'Kunden har lånespärr.', 'The patron has a borrowing ban.')
      : e(400, 'patron_unpaid_fees', 'Asiakkaalla on maksamattomia maksuja, jotka estävät lainaamisen.', 'Kunden har obetalda avgifter som hindrar lån.', 'The patron has unpaid fees that prevent borrowing.'),
  unknownItem: () => e(400, 'unknown_item', 'Nidettä ei löydy kokoelmasta.', 'Exemplaret finns inte i samlingen.', 'The item is not in the collection.'),
  itemOnLoan: () => e(409, 'item_on_loan', 'Nide on jo lainassa.', 'Exemplaret är redan utlånat.', 'The item is already on loan.'),
  itemHeldForOther: () =>
    e(409, 'item_held_for_other', 'Nide on varattu toiselle asiakkaalle.', 'Exemplaret är reserverat för en annan kund.', 'The item is on hold for another patron.'),
  loanLimit: (max: number) =>
    e(400, 'loan_limit', `Asiakkaalla voi olla enintään ${max} lainaa.`, `En kund kan ha högst ${max} lån.`, `A patron can have at most ${max} loans.`),
  renewalLimit: (max: number) =>
    e(400, 'renewal_limit', `Lainan voi uusia enintään ${max} kertaa.`, `Lånet kan förnyas högst ${max} gånger.`, `A loan can be renewed at most ${max} times.`),
  renewalOnHold: () =>
    e(400, 'renewal_on_hold', 'Lainaa ei voi uusia, koska nimekkeeseen on varauksia.', 'Lånet kan inte förnyas eftersom titeln är reserverad.', 'The loan cannot be renewed because the title has holds.'),
  loanNotFound: () => e(404, 'loan_not_found', 'Lainaa ei löytynyt.', 'Lånet hittades inte.', 'The loan was not found.'),
  notOnLoan: () => e(400, 'not_on_loan', 'Nide ei ole lainassa.', 'Exemplaret är inte utlånat.', 'The item is not on loan.'),
  unknownBiblio: () => e(400, 'unknown_biblio', 'Nimekettä ei löydy.', 'Titeln hittas inte.', 'The title was not found.'),
  notHoldable: () =>
    e(400, 'not_holdable', 'Nimekkeellä ei ole varattavia niteitä.', 'Titeln har inga exemplar som kan reserveras.', 'The title has no copies that can be placed on hold.'),
  holdLimit: (max: number) =>
    e(400, 'hold_limit', `Asiakkaalla voi olla enintään ${max} varausta.`, `En kund kan ha högst ${max} reservationer.`, `A patron can have at most ${max} holds.`),
  holdExists: () => e(409, 'hold_exists', 'Asiakkaalla on jo varaus tähän nimekkeeseen.', 'Kunden har redan en reservation på titeln.', 'The patron already has a hold on this title.'),
  holdOnOwnLoan: () =>
    e(400, 'hold_on_own_loan', 'Asiakkaalla on nimeke jo lainassa.', 'Kunden har redan titeln på lån.', 'The patron already has this title on loan.'),
  holdNotFound: () => e(404, 'hold_not_found', 'Varausta ei löytynyt.', 'Reservationen hittades inte.', 'The hold was not found.'),
  notALibrary: () => e(400, 'not_a_library_unit', 'Yksikkö ei ole kirjasto.', 'Enheten är inte ett bibliotek.', 'The unit is not a library.'),
};
