-- The service catalogue the administrator keeps; each service names the documents it requires.
create table support_service (
    code           varchar(40)  not null primary key,
    name_ar        varchar(200) not null,
    name_en        varchar(200) not null,
    description_ar text         not null,
    description_en text         not null,
    documents      varchar(400) not null,
    active         boolean      not null default true,
    sort_order     int          not null
);

insert into support_service (code, name_ar, name_en, description_ar, description_en, documents, sort_order) values
('PSY_CONSULTATION', 'استشارة نفسية', 'Psychological consultation',
 'جلسة استشارية مع مختص نفسي لتقييم الاحتياج ووضع خطة الدعم.',
 'A consultation with a mental-health professional to assess the need and plan support.',
 'NATIONAL_ID_COPY', 10),
('THERAPY_SESSIONS', 'دعم الجلسات العلاجية', 'Therapy-session support',
 'دعم تكاليف جلسات العلاج النفسي لدى جهة معتمدة.',
 'Support with the cost of psychotherapy sessions at an accredited provider.',
 'NATIONAL_ID_COPY,MEDICAL_REPORT,INCOME_PROOF', 20),
('MEDICATION', 'دعم الأدوية', 'Medication support',
 'دعم تكاليف الأدوية النفسية الموصوفة.',
 'Support with the cost of prescribed psychiatric medication.',
 'NATIONAL_ID_COPY,MEDICAL_REPORT,PRESCRIPTION,INCOME_PROOF', 30),
('FAMILY_COUNSELLING', 'الإرشاد الأسري', 'Family counselling',
 'جلسات إرشاد للأسرة لدعم فرد يعاني من اضطراب نفسي.',
 'Counselling sessions for a family supporting a member with a mental-health condition.',
 'NATIONAL_ID_COPY,FAMILY_RECORD', 40),
('AWARENESS', 'برنامج توعوي', 'Awareness programme',
 'المشاركة في برامج الجمعية التوعوية بالصحة النفسية.',
 'Joining the association''s mental-health awareness programmes.',
 'NATIONAL_ID_COPY', 50);
