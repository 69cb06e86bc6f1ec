package org.eshraqa.portal.volunteering;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VolunteerCertificateRepository extends JpaRepository<VolunteerCertificate, Long> {

    Optional<VolunteerCertificate> findByCode(String code);

    List<VolunteerCertificate> findByAccountIdOrderByIdDesc(long accountId);
}
