package org.eshraqa.portal.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.lang.Nullable;

interface AccessEntryRepository extends JpaRepository<AccessEntry, Long> {

    String FILTER = """
            from AccessEntry e
            where (:staff is null or lower(e.staffName) like :staff escape '!')
              and (:record is null or lower(e.recordLabel) like :record escape '!')
              and (:kind is null or e.kind = :kind)
              and (:from is null or e.openedAt >= :from)
              and (:to is null or e.openedAt < :to)
            """;

    @Query("select e " + FILTER + " order by e.openedAt desc, e.id desc")
    List<AccessEntry> search(@Param("staff") @Nullable String staff, @Param("record") @Nullable String record,
                             @Param("kind") @Nullable RecordKind kind, @Param("from") @Nullable Instant from,
                             @Param("to") @Nullable Instant to, Pageable page);

    @Query("select count(e) " + FILTER)
    long count(@Param("staff") @Nullable String staff, @Param("record") @Nullable String record,
               @Param("kind") @Nullable RecordKind kind, @Param("from") @Nullable Instant from,
               @Param("to") @Nullable Instant to);

    List<AccessEntry> findBySubjectAccountIdOrderByOpenedAtDescIdDesc(long subjectAccountId, Pageable page);

    long countBySubjectAccountId(long subjectAccountId);

    boolean existsByStaffAccountIdAndKindAndRecordIdAndOpenedAtAfter(long staffAccountId, RecordKind kind,
                                                                      long recordId, Instant after);
}
