package io.statusdashboard.catalog.api;

/**
 * What one provisioning run did.
 *
 * @param listed components the file lists
 * @param created components that did not exist and were added
 */
public record ProvisioningResult(int listed, int created) {

    public int alreadyPresent() {
        return listed - created;
    }
}
