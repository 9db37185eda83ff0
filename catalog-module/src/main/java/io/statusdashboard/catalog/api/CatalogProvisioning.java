package io.statusdashboard.catalog.api;

import java.io.Reader;

/**
 * Makes sure the components listed in a catalog file exist. Provisioning only adds: it never
 * changes nor deletes a component, so running it at every start is safe.
 */
public interface CatalogProvisioning {

    /**
     * Reads a catalog YAML document and creates the components it lists that the lookup rule does
     * not find yet, in one transaction.
     *
     * @param sourceName the file name used in error messages
     * @throws CatalogFileException when the document is broken; nothing is written then
     */
    ProvisioningResult provision(String sourceName, Reader yaml);
}
