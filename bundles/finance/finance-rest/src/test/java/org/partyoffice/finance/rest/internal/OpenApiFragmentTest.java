package org.partyoffice.finance.rest.internal;

import java.util.Set;

import org.partyoffice.platform.rest.testing.ModuleFragmentContract;

/** {@code openapi/finance.json} describes exactly what this package's resources serve (see the contract). */
class OpenApiFragmentTest extends ModuleFragmentContract {

    OpenApiFragmentTest() {
        super("finance", LedgerResource.class, Set.of("AssetResource", "BudgetResource", "DuesResource", "LedgerResource", "ReportsResource"));
    }
}
