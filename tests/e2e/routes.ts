/** The year the printed views of the walks cover. */
const YEAR = new Date().getFullYear();

/** Every page of a commune the end-to-end walks open (layout at 1366×768, the words a clerk reads). */
export const COMMUNE_ROUTES = [
  '/',
  '/communities',
  '/mediation/teams',
  '/mediation/mediators',
  '/mediation/cases',
  '/mediation/cases/new',
  '/disclosure',
  '/disclosure/board',
  '/conventions',
  '/reception/visits',
  '/reception/sessions',
  '/reception/petitions',
  '/reception/meetings',
  '/people/decisions',
  '/people/consultations',
  '/people/bodies',
  '/report',
  '/records',
  '/send',
  '/settings',
  '/settings/backup',
  `/print/report?from=${YEAR}-01-01&to=${YEAR}-12-31`,
  '/print/reception-register',
  `/print/disclosure-board?on=${YEAR}-06-30`,
  '/print/conventions',
  '/print/list?list=decisions&filters=%7B%7D',
];
