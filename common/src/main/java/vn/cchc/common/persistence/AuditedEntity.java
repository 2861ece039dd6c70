package vn.cchc.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The columns every editable aggregate root carries: an optimistic-lock version (sent as the ETag)
 * and who created and last changed it, when. The table needs {@code version bigint not null default 0,
 * created_at timestamptz not null, created_by varchar(128), updated_at timestamptz not null,
 * updated_by varchar(128)}.
 */
@MappedSuperclass
public abstract class AuditedEntity {

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    /**
     * Stamps a new object.
     *
     * @param by user name of the author
     */
    public void stampCreated(String by) {
        createdAt = updatedAt = Instant.now();
        createdBy = updatedBy = by;
    }

    /**
     * Stamps a change. The row is then always dirty, so its version moves even when only child rows
     * changed.
     *
     * @param by user name of the author
     */
    public void stampUpdated(String by) {
        updatedAt = Instant.now();
        updatedBy = by;
    }
}
