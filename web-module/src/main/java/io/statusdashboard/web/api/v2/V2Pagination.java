package io.statusdashboard.web.api.v2;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a page of {@code GET /v2/events} lies among all the events the query selects. */
@JsonbPropertyOrder({"pageIndex", "recordsPerPage", "totalRecords", "totalPages"})
public record V2Pagination(
        @Schema(description = "the page asked for, from 1") long pageIndex,
        @Schema(description = "the limit asked for") int recordsPerPage,
        @Schema(description = "events matching, on all pages") long totalRecords,
        @Schema(description = "pages of recordsPerPage") long totalPages) {}
