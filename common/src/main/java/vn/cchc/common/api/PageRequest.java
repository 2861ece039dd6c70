package vn.cchc.common.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters of every list endpoint ({@code ?page=0&size=50}), bounded so that
 * {@code page × size} never overflows and a client cannot ask for everything at once.
 */
public class PageRequest {

    /** Highest page index accepted. */
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    @Parameter(description = "Zero-based page index")
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(1)
    @Max(Page.MAX_SIZE)
    @Parameter(description = "Page size, 1..500")
    public int size;

    /** @return zero-based page index */
    public int page() {
        return page;
    }

    /** @return page size */
    public int size() {
        return size;
    }
}
