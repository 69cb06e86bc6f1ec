-- Pages, FAQ entries and guides (P-7.1, P-8, P-9), written in Markdown in both languages.
-- search_text holds the normalised words of title and body for searching; it is computed in Java
-- (SearchText), so rows seeded here start with search_version 0 and get it at the next start.
create table content_entry (
    id             bigint       not null auto_increment primary key,
    kind           varchar(10)  not null,
    slug           varchar(80)  not null,
    audience       varchar(10)  not null,
    title_ar       varchar(200) not null,
    title_en       varchar(200) not null,
    body_ar        mediumtext   not null,
    body_en        mediumtext   not null,
    published      boolean      not null,
    sort_order     int          not null,
    -- Already lower case and normalised: compared byte for byte.
    search_text    mediumtext   collate utf8mb4_bin not null,
    search_version int          not null,
    version        bigint       not null,
    updated_at     datetime(6)  not null,
    updated_by     bigint,
    constraint uk_content_entry_slug unique (kind, slug),
    index ix_content_entry_list (kind, published, sort_order)
);

insert into content_entry (kind, slug, audience, title_ar, title_en, body_ar, body_en, published, sort_order,
                           search_text, search_version, version, updated_at) values
('PAGE', 'about', 'PUBLIC', 'عن الجمعية', 'About the association',
'**جمعية إشراقة لتعزيز الصحة النفسية** جمعية أهلية سعودية غير ربحية، تخدم المستفيدين وأسرهم في كل ما يتصل بالصحة النفسية: الاستشارة، ودعم العلاج، والإرشاد الأسري، والتوعية.

## هدفنا
تقديم خدمة متميزة للمستفيدين من كافة الشرائح بإتقان وسرعة وجودة عالية، لإنجاز معاملاتهم ومتابعة متطلباتهم ومقترحاتهم، والوصول إليهم بأسهل الطرق دون الحاجة إلى طلب المستفيد.

## كيف نخدمك
- **من موقعك:** تقدّم طلبك وترفق مستنداته وتتابعه من بيتك عبر هذه البوابة، حفاظًا على وقتك وتقديرًا لظروفك.
- **بالقناة التي تناسبك:** إن لم تستطع استخدام البوابة فزرنا أو اتصل بنا أو أرسل خطابًا، ويسجّل موظف علاقات المستفيدين طلبك نيابة عنك. انظر صفحة [تواصل معنا](contact).
- **بإجراءات واضحة:** يتحقق الموظف من اكتمال البيانات، ثم يُرفع الطلب إلى لجنة البحث لدراسته والرد عليه بالقبول أو الاعتذار.
- **دون أن تسأل:** نخبرك بكل تغيير في حالة طلبك وبالموعد المتوقع للقرار.
- **رأيك حق لك:** تقييم جودة الخدمة حق من حقوق المستفيد، وهو أداة للتقويم والتطوير لا للعقاب والتشهير.

## سياسة تنظيم العلاقة مع المستفيدين
اعتمد مجلس إدارة الجمعية في اجتماعه الرابع بتاريخ ١٤٤٥/٧/٢٦ هـ الموافق ٢٠٢٤/٢/٧ م سياسة تنظيم العلاقة مع المستفيدين. اقرأها في [دليل سياسة الدعم للمستفيدين](guides/support-policy)، واطّلع على [الأسئلة الشائعة](faq).',
'The **Eshraqa Association for Promoting Mental Health** (جمعية إشراقة لتعزيز الصحة النفسية) is a Saudi non-profit association. It serves beneficiaries and their families in everything that touches mental health: consultation, support with treatment, family counselling and awareness.

## Our aim
To serve beneficiaries of every group with mastery, speed and high quality: to complete their transactions, follow up their needs and suggestions, and reach them in the easiest way, without their having to ask.

## How we serve you
- **Where you are:** apply, attach your documents and follow your request from home through this portal, to save your time.
- **Through the channel that suits you:** if you cannot use the portal, visit us, call or write, and a beneficiary-relations officer records your request for you. See [Contact us](contact).
- **Clear steps:** the officer checks that the information is complete, then the request goes to the research committee, which studies it and accepts or declines it.
- **Without asking:** we tell you about every change to your request and the expected date of the decision.
- **Your opinion is your right:** rating the service is a right of every beneficiary; it is a tool for evaluation and improvement, never for punishment or shaming.

## Our policy on relations with beneficiaries
The board of directors approved the association''s policy on relations with beneficiaries in its fourth meeting on 26/07/1445 AH (7 February 2024). Read it in the [beneficiary support policy guide](guides/support-policy), and see the [frequently asked questions](faq).',
true, 10, '', 0, 0, utc_timestamp(6));

insert into content_entry (kind, slug, audience, title_ar, title_en, body_ar, body_en, published, sort_order,
                           search_text, search_version, version, updated_at) values
('PAGE', 'contact', 'PUBLIC', 'تواصل معنا', 'Contact us',
'نخدمك عبر سبع قنوات، فاختر منها ما يناسبك. البيانات المعلَّمة بعبارة «بيان مؤقت» تستبدلها الجمعية ببياناتها المعتمدة.

## المقابلة
زرنا في مقر الجمعية خلال أوقات الدوام الرسمي. يستقبلك موظف علاقات المستفيدين، ويجيب عن أسئلتك، ويسجّل طلبك نيابة عنك إن رغبت.

- العنوان: مقر جمعية إشراقة لتعزيز الصحة النفسية *(بيان مؤقت: تضيف الجمعية العنوان التفصيلي وأوقات الدوام)*

## الاتصالات الهاتفية
- الهاتف: [920000000](tel:920000000) *(بيان مؤقت: رقم توضيحي تستبدله الجمعية)*

يجيب الموظف عن استفساراتك، ويمكنه تسجيل طلب الدعم هاتفيًا ثم يؤكد معك البيانات والإقرار.

## وسائل التواصل الاجتماعي
تابع حسابات الجمعية الرسمية وراسلنا عبرها. *(بيان مؤقت: تضيف الجمعية روابط حساباتها الرسمية)*

## الخطابات
أرسل خطابك إلى الجمعية بالبريد أو سلّمه في مقرها، أو راسلنا بالبريد الإلكتروني: [info@eshraqa.org.sa](mailto:info@eshraqa.org.sa) *(بيان مؤقت: تؤكد الجمعية عنوانها البريدي والإلكتروني)*. يُسجَّل الطلب الوارد بخطاب في البوابة ويُتابَع كغيره.

## خدمات طلب المساعدة
قدّم طلب دعم إلكترونيًا من صفحة [خدمات الجمعية](services): تجد لكل خدمة من يمكنه التقديم لها والمستندات المطلوبة، وتتابع طلبك حتى صدور القرار.

## خدمة التطوع
نرحّب بالمتطوعين في برامج الجمعية. أخبرنا برغبتك في التطوع بالهاتف أو بالبريد الإلكتروني أو بزيارتنا، وسنتواصل معك.

## الموقع الإلكتروني للجمعية
هذه البوابة هي موقع الجمعية الإلكتروني: اقرأ [الأسئلة الشائعة](faq) و[الأدلة](guides)، و[أنشئ حسابًا](register) لتقديم طلبك ومتابعته.',
'We serve you through seven channels; choose the one that suits you. Details marked "placeholder" are replaced by the association with its approved details.

## Interview (visit us)
Visit the association''s office during working hours. A beneficiary-relations officer receives you, answers your questions and, if you wish, records your request for you.

- Address: the office of the Eshraqa Association for Promoting Mental Health *(placeholder: the association adds its full address and opening hours)*

## Phone calls
- Phone: [920000000](tel:920000000) *(placeholder: an example number the association replaces)*

The officer answers your questions and can record a support request over the phone, then confirms the details and the declaration with you.

## Social media
Follow the association''s official accounts and message us there. *(placeholder: the association adds links to its official accounts)*

## Letters
Send a letter to the association by post or hand it in at the office, or e-mail [info@eshraqa.org.sa](mailto:info@eshraqa.org.sa) *(placeholder: the association confirms its postal and e-mail addresses)*. A request received by letter is recorded in the portal and followed like any other.

## Help-request services
Apply for support online on [Our services](services): each service says who can apply and which documents it needs, and you follow your request until the decision.

## Volunteering
Volunteers are welcome in the association''s programmes. Tell us you would like to volunteer by phone, by e-mail or in person, and we will get in touch.

## The association''s website
This portal is the association''s website: read the [frequently asked questions](faq) and the [guides](guides), and [create an account](register) to apply and follow your request.',
true, 20, '', 0, 0, utc_timestamp(6));

insert into content_entry (kind, slug, audience, title_ar, title_en, body_ar, body_en, published, sort_order,
                           search_text, search_version, version, updated_at) values
('FAQ', 'data-sharing', 'PUBLIC', 'هل تُشارَك معلوماتي مع جهات أخرى؟', 'Is my information shared with others?',
'لا. نجمع من البيانات ما يلزم لدراسة طلبك وتقديم الخدمة والتواصل معك فقط، ولا يطّلع عليها إلا الموظفون الذين يتطلب عملهم ذلك: موظف علاقات المستفيدين، والباحث الاجتماعي، ولجنة البحث. ولا نشارك بياناتك مع أي جهة خارجية دون موافقتك أو سند نظامي.

تفاصيل أكثر في [إشعار الخصوصية](privacy).',
'No. We collect only the data needed to study your request, deliver the service and stay in touch with you, and only the staff whose work requires it can see it: the beneficiary-relations officer, the social researcher and the research committee. We share your data with no outside party without your consent or a legal basis.

More in the [privacy notice](privacy).',
true, 10, '', 0, 0, utc_timestamp(6));

insert into content_entry (kind, slug, audience, title_ar, title_en, body_ar, body_en, published, sort_order,
                           search_text, search_version, version, updated_at) values
('FAQ', 'visit-in-person', 'PUBLIC', 'هل يلزمني الحضور إلى مقر الجمعية؟', 'Do I need to visit in person?',
'لا. يمكنك تقديم طلبك كاملًا من بيتك عبر هذه البوابة: تعبئة النموذج، وإرفاق المستندات، وتأكيد الإقرار، ثم متابعة الطلب والرد على أسئلة الموظفين. وإن فضّلت الزيارة أو الاتصال فنحن في خدمتك بالطريقة التي تناسبك؛ انظر صفحة [تواصل معنا](contact).',
'No. You can apply entirely from home through this portal: fill in the form, attach the documents and confirm the declaration, then follow the request and answer staff''s questions here. If you prefer to visit or call, we will serve you that way too; see [Contact us](contact).',
true, 20, '', 0, 0, utc_timestamp(6));

insert into content_entry (kind, slug, audience, title_ar, title_en, body_ar, body_en, published, sort_order,
                           search_text, search_version, version, updated_at) values
('FAQ', 'not-only-severe-illness', 'PUBLIC', 'هل خدمات الجمعية مقصورة على الأمراض النفسية الشديدة؟', 'Are the services only for severe mental illness?',
'لا. تعمل الجمعية على تعزيز الصحة النفسية للجميع، وطلب المساعدة مبكرًا خطوة حكيمة لا حرج فيها. فالاستشارة النفسية متاحة لكل من يحتاج إلى تقييم احتياجه دون اشتراط تشخيص سابق، والإرشاد الأسري للأسر التي ترعى أحد أفرادها، والبرامج التوعوية مفتوحة للجميع. أما دعم تكاليف الجلسات العلاجية والأدوية فيتطلب تقريرًا طبيًا.

تجد من يمكنه التقديم لكل خدمة في صفحة [خدمات الجمعية](services).',
'No. The association works to promote mental health for everyone, and asking for help early is a wise step, nothing to be embarrassed about. A psychological consultation is open to anyone who needs their needs assessed, with no earlier diagnosis required; family counselling is for families caring for one of their members; the awareness programmes are open to all. Support with the cost of therapy sessions or medication needs a medical report.

[Our services](services) says who can apply for each service.',
true, 30, '', 0, 0, utc_timestamp(6));

insert into content_entry (kind, slug, audience, title_ar, title_en, body_ar, body_en, published, sort_order,
                           search_text, search_version, version, updated_at) values
('FAQ', 'decision-time', 'PUBLIC', 'متى أعرف قرار طلبي؟', 'How long until I know the decision?',
'بعد تقديم طلب مكتمل يتحقق موظف علاقات المستفيدين من بياناته، ثم يُرفع إلى لجنة البحث لدراسته والرد عليه بالقبول أو الاعتذار. تعمل اللجنة على الرد خلال أسبوعين تقريبًا (١٤ يومًا) من تقديم الطلب، ويظهر لك الموعد المتوقع للقرار في إيصال الطلب وفي صفحته.

قد تطول المدة إذا احتجنا منك إلى معلومات أو مستندات إضافية. ونخبرك بكل تغيير في حالة طلبك، فلا تحتاج إلى الاتصال للسؤال عنه.',
'Once you submit a complete request, a beneficiary-relations officer checks it, then it goes to the research committee, which studies it and accepts or declines it. The committee aims to answer within about two weeks (14 days) of submission; your receipt and the request''s page show the expected decision date.

It can take longer if we need more information or documents from you. We tell you about every change to your request, so you never need to call to ask.',
true, 40, '', 0, 0, utc_timestamp(6));

insert into content_entry (kind, slug, audience, title_ar, title_en, body_ar, body_en, published, sort_order,
                           search_text, search_version, version, updated_at) values
('FAQ', 'fees', 'PUBLIC', 'هل يلزمني دفع رسوم؟', 'Is there a fee?',
'لا تطلب البوابة أي مبلغ لتقديم الطلب أو متابعته. وإذا كانت لخدمة ما شروط أو تكاليف تخصّك فستوضحها لك الجمعية عند دراسة طلبك، ولك أن تسألنا عنها عبر أي من [قنوات التواصل](contact).',
'The portal asks for no payment to apply or to follow your request. If a particular service involves conditions or costs for you, the association will explain them when it studies your request; you can also ask us through any of the [contact channels](contact).',
true, 50, '', 0, 0, utc_timestamp(6));

insert into content_entry (kind, slug, audience, title_ar, title_en, body_ar, body_en, published, sort_order,
                           search_text, search_version, version, updated_at) values
('FAQ', 'apply-on-behalf', 'PUBLIC', 'هل يمكن أن يقدّم أحد الطلب نيابة عني؟', 'Can someone apply on my behalf?',
'نعم. إذا تعذّر عليك استخدام البوابة فتواصل معنا بالهاتف أو بالزيارة أو بخطاب، ويسجّل موظف علاقات المستفيدين طلبك في النموذج نفسه، ويؤكد معك صحة البيانات والإقرار. ويمكنك لاحقًا ربط الطلب بحسابك في البوابة برقم هويتك ورقم جوالك لتتابعه بنفسك.

ويقدّم ولي الأمر الطلب عن القاصر.',
'Yes. If you cannot use the portal, contact us by phone, in person or by letter, and a beneficiary-relations officer records your request on the same form and confirms the details and the declaration with you. You can later link the request to your own portal account with your national ID number and mobile number, and follow it yourself.

A guardian applies for a minor.',
true, 60, '', 0, 0, utc_timestamp(6));

insert into content_entry (kind, slug, audience, title_ar, title_en, body_ar, body_en, published, sort_order,
                           search_text, search_version, version, updated_at) values
('FAQ', 'documents', 'PUBLIC', 'ما المستندات التي أحتاج إليها؟', 'Which documents do I need?',
'يختلف ذلك بحسب الخدمة، وتجد المستندات المطلوبة لكل خدمة في صفحة [خدمات الجمعية](services): صورة الهوية الوطنية لجميع الخدمات، ويُضاف إليها لخدمات دعم العلاج التقرير الطبي ووصفة الدواء وإثبات الدخل بحسب الخدمة.

تُقبل ملفات PDF أو JPEG أو PNG، ويمكنك تصويرها وإرفاقها من جوالك.',
'It depends on the service; [Our services](services) lists the documents each one needs: a copy of the national ID for every service and, for support with treatment, a medical report, a prescription or proof of income depending on the service.

PDF, JPEG and PNG files are accepted; you can photograph the documents and attach them from your phone.',
true, 70, '', 0, 0, utc_timestamp(6));

insert into content_entry (kind, slug, audience, title_ar, title_en, body_ar, body_en, published, sort_order,
                           search_text, search_version, version, updated_at) values
('FAQ', 'rating', 'PUBLIC', 'هل يؤثر تقييمي للخدمة في طلباتي؟', 'Does rating the service affect my requests?',
'لا. تقييم جودة الخدمة حق من حقوقك، وهو أداة للتقويم والتطوير لا للعقاب والتشهير. لا يُعرض تقييمك على الموظفين باسمك إلا إذا طلبت أن نتواصل معك، ولا صلة له بقرار طلبك.',
'No. Rating the quality of the service is your right; it is a tool for evaluation and improvement, never for punishment or shaming. Staff never see your rating under your name unless you ask us to contact you, and it has nothing to do with the decision on your request.',
true, 80, '', 0, 0, utc_timestamp(6));

insert into content_entry (kind, slug, audience, title_ar, title_en, body_ar, body_en, published, sort_order,
                           search_text, search_version, version, updated_at) values
('GUIDE', 'support-policy', 'PUBLIC', 'دليل سياسة الدعم للمستفيدين', 'Beneficiary support policy guide',
'يعرض هذا الدليل سياسة تنظيم العلاقة مع المستفيدين التي اعتمدها مجلس إدارة الجمعية في اجتماعه الرابع بتاريخ ١٤٤٥/٧/٢٦ هـ الموافق ٢٠٢٤/٢/٧ م.

## تمهيد
تضع جمعية إشراقة لتعزيز الصحة النفسية السياسات والإجراءات التي تنظم علاقتها بجميع الأطراف من مستفيدين وداعمين ومتطوعين وخلافه، بما يكفل حقوق الجمعية وكافة هذه الأطراف. وتشكل أنظمة العمل والعقود المصدر الأساسي في تحديد حقوق وواجبات المتعاقدين وطريقة أدائها وتبعات التقصير في الأداء، وحدود المسؤولية وطريقة تسوية الخلافات التي قد تنشأ من جراء تنفيذ هذه العقود والخدمات بشكل يكفل حماية الأطراف ذات العلاقة مع الجمعية.

وتركز الجمعية على صيغة العلاقات مع المستفيدين، وتضع لها أولوية من خلال وضع آلية لتنظيم هذه العلاقة، مع مراجعتها باستمرار والتعديل عليها وتعميمها بما يكفل حقوق المستفيد.

## الهدف العام
تقديم خدمة متميزة للمستفيدين من كافة الشرائح بإتقان وسرعة وجودة عالية لإنجاز معاملاتهم ومتابعة متطلباتهم ومقترحاتهم والعمل على مواصلة التطوير والتحسين التي تتم بالتعاون مع كافة الجهات للوصول إلى تحقيق الأهداف، والوصول إليهم بأسهل الطرق دون الحاجة إلى طلب المستفيد.

## الأهداف التفصيلية
- تقدير حاجة المستفيد وكافة الفئات المستفيدة في الجمعية من خلال تسهيل الإجراءات وحرصهم على كافة الخدمات المطلوبة دون عناء ومشقة.
- تقديم الخدمات المتكاملة بأحدث الأساليب الإلكترونية في خدمة المستفيد.
- تقديم المعلومات والإجابات بشكل ملائم بما يتناسب مع تساؤلات المستفيدين واستفساراتهم من خلال عدة قنوات.
- تقديم خدمة للمستفيد من موقعه حفاظًا لوقته وتقديرًا لظروفه وسرعة إنجاز خدمته.
- التركيز على عملية قياس رضا المستفيد كوسيلة لرفع جودة الخدمة المقدمة والتحسين المستمر لإجراء تقديم الخدمة وأداء مقدم الخدمة.
- زيادة ثقة وانتماء المستفيدين بالجمعية من خلال تبني أفضل المعايير والممارسات في تقديم الخدمة للمستفيد، وذلك عن طريق ما يلي:
    1. تصحيح المفاهيم السائدة لدى المستفيد عن الخدمات المقدمة في الجمعية.
    2. تكوين انطباعات وقناعات إيجابية جديدة نحو الجمعية وما تقدم من خدمات.
    3. نشر ثقافة تقييم الخدمة لدى المستفيد والتشجيع على ذلك، والتأكيد على أن تقييم جودة الخدمة حق من حقوق المستفيد، حيث إنها أداة للتقويم والتطوير لا للعقاب والتشهير.
    4. نشر ثقافة جودة الخدمة بين جميع الأقسام التي تقدم خدماتها للمستفيدين الداخليين أو الخارجيين.
    5. ابتكار مفاهيم وتقنيات إدارية للارتقاء بمستوى ونوعية الخدمات المقدمة للمستفيد، ومحاولة القضاء على معوقات تقديم خدمات ذات جودة عالية، وذلك من خلال التطوير والتحسين المستمر للخدمات المقدمة للمستفيد من خلال تلمس آراء المستفيدين.

## القنوات المستخدمة للتواصل مع المستفيدين
1. المقابلة.
2. الاتصالات الهاتفية.
3. وسائل التواصل الاجتماعي.
4. الخطابات.
5. خدمات طلب المساعدة.
6. خدمة التطوع.
7. الموقع الإلكتروني للجمعية.

انظر صفحة [تواصل معنا](contact) لبيانات كل قناة.

## الأدوات المتاحة لموظف علاقات المستفيدين للتواصل مع المستفيدين
- اللائحة الأساسية للجمعية.
- دليل خدمات البحث الاجتماعي.
- دليل سياسة الدعم للمستفيدين.
- طلب دعم مستفيد.

## التعامل مع المستفيد حتى إنهاء معاملته
يتم التعامل مع المستفيد على مختلف المستويات لإنهاء معاملته بالشكل التالي:

- استقبال المستفيد بلباقة واحترام والإجابة على جميع الاستفسارات وإعطاء المراجع الوقت الكافي.
- التأكد من تقديم المراجع كافة المعلومات المطلوبة، وعلى الموظف مطابقة البيانات والتأكد من صلاحيتها وقت التقديم.
- في حالة عدم وضوح الإجراءات للمستفيد فعلى الموظف إحالته لمسؤول البحث الاجتماعي للإجابة على تساؤلاته وإيضاح الجوانب التنظيمية.
- التأكد من صحة البيانات المقدمة من طالب الدعم والتوقيع عليها، وأنه مسؤول مسؤولية مباشرة عن صحة المعلومات.
- التوضيح للمستفيد بأن طلبه سيُرفع للجنة البحث لدراسته والرد عليه بشأن قبوله أو رفضه خلال مدة لا تقل عن أسبوعين.
- استكمال إجراءات التسجيل مع اكتمال الطلبات.

## اعتماد مجلس الإدارة
اعتمد مجلس إدارة الجمعية في الاجتماع (٤) سياسة تنظيم العلاقة مع المستفيدين لجمعية إشراقة لتعزيز الصحة النفسية، بتاريخ ١٤٤٥/٧/٢٦ هـ الموافق ٢٠٢٤/٢/٧ م.',
'This guide presents the association''s policy on relations with beneficiaries, approved by the board of directors in its fourth meeting on 26/07/1445 AH (7 February 2024). It is an English rendering; where it and the Arabic text differ, the Arabic stands.

## General aim
To serve beneficiaries of every group with mastery, speed and high quality: to complete their transactions, follow up their needs and suggestions, keep improving together with all parties, and reach them in the easiest way, without the beneficiary having to ask.

## Detailed aims
- Assess each beneficiary''s need and simplify procedures, so that every service is reached without hardship.
- Offer integrated services with current electronic methods.
- Give information and answers that fit beneficiaries'' questions, through several channels.
- Serve beneficiaries where they are, to save their time, respect their circumstances and finish their service quickly.
- Measure beneficiary satisfaction as the means to raise service quality and continuously improve both the delivery of the service and the performance of whoever delivers it.
- Raise beneficiaries'' trust in and belonging to the association by adopting the best standards and practices of service, through:
    1. correcting beneficiaries'' misconceptions about the association''s services;
    2. building new positive impressions of the association and its services;
    3. spreading a culture of rating the service and encouraging it, affirming that rating the quality of the service is a right of the beneficiary and a tool for evaluation and development, not for punishment or shaming;
    4. spreading a service-quality culture in every department that serves internal or external beneficiaries;
    5. inventing management concepts and techniques that raise the level and quality of the services and remove obstacles to high-quality service, through continuous improvement guided by beneficiaries'' opinions.

## Channels for reaching beneficiaries
1. Interview (in person).
2. Phone calls.
3. Social media.
4. Letters.
5. Help-request services.
6. The volunteering service.
7. The association''s website.

See [Contact us](contact) for the details of each channel.

## Tools of the beneficiary-relations officer
- The association''s basic bylaws.
- The social-research services guide.
- The beneficiary support policy guide.
- The beneficiary support request form.

## Handling a beneficiary until the transaction is finished
- Receive the beneficiary courteously and respectfully, answer every question and give them enough time.
- Make sure the applicant has given all the required information; the officer matches the data and checks that it is valid at the time of submission.
- Where the procedure is unclear to the beneficiary, the officer refers them to the social-research officer, who answers their questions and explains the organisational side.
- The support applicant confirms that the data is correct and signs it, and is directly responsible for its correctness.
- Tell the beneficiary that the request goes to the research committee, which studies it and answers whether it is accepted or rejected within a period of not less than two weeks.
- Complete the registration once all requirements are complete.

## Approval by the board of directors
The board of directors of the Eshraqa Association for Promoting Mental Health approved this policy on relations with beneficiaries in its meeting no. 4 on 26/07/1445 AH (7 February 2024).',
true, 10, '', 0, 0, utc_timestamp(6));

insert into content_entry (kind, slug, audience, title_ar, title_en, body_ar, body_en, published, sort_order,
                           search_text, search_version, version, updated_at) values
('GUIDE', 'bylaws', 'STAFF', 'اللائحة الأساسية للجمعية', 'The association''s basic bylaws',
'يرفع مدير النظام هنا النص المعتمد للائحة الأساسية للجمعية.

إلى أن يُرفع، يُرجى الرجوع إلى النسخة المعتمدة لدى إدارة الجمعية. هذا الدليل متاح للموظفين فقط، وهو من الأدوات المتاحة لموظف علاقات المستفيدين وفق سياسة تنظيم العلاقة مع المستفيدين.',
'The administrator uploads the approved text of the association''s basic bylaws here.

Until then, please refer to the approved copy held by the association''s management. This guide is for staff only; it is one of the tools of the beneficiary-relations officer under the policy on relations with beneficiaries.',
true, 20, '', 0, 0, utc_timestamp(6));

insert into content_entry (kind, slug, audience, title_ar, title_en, body_ar, body_en, published, sort_order,
                           search_text, search_version, version, updated_at) values
('GUIDE', 'social-research', 'STAFF', 'دليل خدمات البحث الاجتماعي', 'Social-research services guide',
'يرفع مدير النظام هنا النص المعتمد لدليل خدمات البحث الاجتماعي.

إلى أن يُرفع، يُرجى الرجوع إلى مسؤول البحث الاجتماعي. وتذكيرًا بما نصّت عليه السياسة: إذا لم تتضح الإجراءات للمستفيد فعلى الموظف إحالته إلى مسؤول البحث الاجتماعي للإجابة عن تساؤلاته وإيضاح الجوانب التنظيمية.',
'The administrator uploads the approved text of the social-research services guide here.

Until then, please ask the social-research officer. As the policy says: where the procedure is unclear to the beneficiary, the officer refers them to the social-research officer, who answers their questions and explains the organisational side.',
true, 30, '', 0, 0, utc_timestamp(6));
