package org.eshraqa.portal.messaging;

import java.util.List;
import java.util.Optional;
import org.eshraqa.portal.identity.MessagingChannel;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface InboundMessageRepository extends JpaRepository<InboundMessage, Long> {

    /** The person's latest message on this channel that went to an inquiry. */
    Optional<InboundMessage> findFirstByMobileAndChannelAndInquiryIdNotNullOrderByIdDesc(String mobile,
                                                                                       MessagingChannel channel);

    /** The latest message that went to this inquiry: the channel to answer on. */
    Optional<InboundMessage> findFirstByInquiryIdOrderByIdDesc(Long inquiryId);

    List<InboundMessage> findByInquiryIdOrderByIdDesc(Long inquiryId, Pageable page);

    List<InboundMessage> findAllByOrderByIdDesc(Pageable page);
}
