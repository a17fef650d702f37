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
import DataVersie from '../../open-data/components/DataVersion.astro';
import DataBestanden from '../../open-data/components/DataFiles.astro';
import DataSchemas from '../../open-data/components/DataSchemas.astro';
import DataKolommen from '../../open-data/components/DataColumns.astro';
import Toegestanewaarden from '../../open-data/components/AllowedValues.astro';
import DataAgenda from '../../open-data/components/DataCalendars.astro';
import DataPerOrganisatie from '../../open-data/components/ActorDataFiles.astro';
import DataPakket from '../../open-data/components/DataPackageLink.astro';
import Licentiereden from '../../open-data/components/LicenceReason.astro';
import Insluitvoorbeeld from '../../open-data/components/EmbedExample.astro';
import Stap from '../../story/components/StoryStep.astro';
import Toetscijfer from '../../accessibility/components/CheckFigure.astro';

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
  DataVersie,
  DataBestanden,
  DataSchemas,
  DataKolommen,
  Toegestanewaarden,
  DataAgenda,
  DataPerOrganisatie,
  DataPakket,
  Licentiereden,
  Insluitvoorbeeld,
  Stap,
  Toetscijfer,
  table: Table,
};
