/** The components an MDX page may use without importing them (documented in content/README.md). */
import Bron from './Bron.astro';
import Begrip from './Begrip.astro';
import Bouwsteen from './Bouwsteen.astro';
import Organisatie from './Organisatie.astro';
import Onzeker from './Onzeker.astro';
import Interpretatie from './Interpretatie.astro';
import Kader from './Kader.astro';
import Stand from './Stand.astro';
import Versiedatum from './Versiedatum.astro';
import Begrippenlijst from './Begrippenlijst.astro';
import Bronnenlijst from './Bronnenlijst.astro';
import Slachtoffercijfers from './Slachtoffercijfers.astro';
import Table from './Table.astro';
import Zoekresultaten from '../../search/components/SearchResults.astro';

export const mdxComponents = {
  Bron,
  Begrip,
  Bouwsteen,
  Organisatie,
  Onzeker,
  Interpretatie,
  Kader,
  Stand,
  Versiedatum,
  Begrippenlijst,
  Bronnenlijst,
  Slachtoffercijfers,
  Zoekresultaten,
  table: Table,
};
