package org.eshraqa.portal.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.lang.Nullable;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("select count(a) > 0 from Account a join a.roles r where r = :role")
    boolean existsByRole(@Param("role") Role role);

    @Query("""
            select a from Account a
            where :text is null
               or lower(a.email) like concat('%', :text, '%') escape '!'
               or lower(a.fullName) like concat('%', :text, '%') escape '!'
               or a.mobile like concat('%', :text, '%') escape '!'
            """)
    Page<Account> search(@Param("text") @Nullable String text, Pageable pageable);

    @Query("""
            select count(a) from Account a
            where :text is null
               or lower(a.email) like concat('%', :text, '%') escape '!'
               or lower(a.fullName) like concat('%', :text, '%') escape '!'
               or a.mobile like concat('%', :text, '%') escape '!'
            """)
    long countSearch(@Param("text") @Nullable String text);

    @Query("""
            select distinct a from Account a join a.roles r
            where r in :roles and a.status = org.eshraqa.portal.identity.AccountStatus.ACTIVE
            order by a.fullName, a.id
            """)
    List<Account> activeHoldersOf(@Param("roles") Collection<Role> roles);

    Optional<Account> findFirstByMobile(String mobile);
}
