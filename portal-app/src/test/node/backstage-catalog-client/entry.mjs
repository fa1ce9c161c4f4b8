export { CatalogClient } from '@backstage/catalog-client';
