package org.eshraqa.portal.volunteering;

import org.springframework.data.jpa.repository.JpaRepository;

interface VolunteerDocumentContentRepository extends JpaRepository<VolunteerDocumentContent, Long> {
}
