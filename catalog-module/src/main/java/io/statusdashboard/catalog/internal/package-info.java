/**
 * The catalog's implementation: JPA entities over the stackmon tables {@code component} and
 * {@code component_attribute}, the lookup rule, the YAML reader and the CDI services behind the
 * {@code api} interfaces. Nothing outside this module may import it.
 */
package io.statusdashboard.catalog.internal;
