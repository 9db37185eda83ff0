package io.statusdashboard.web.it;

import java.util.List;

/** Every URL only operators may open; each new operator page is added here, and so tested. */
final class OperatorPaths {

    static final List<String> ALL = List.of("/operator", "/operator/anything", "/incidents", "/incidents/new");

    private OperatorPaths() {}
}
