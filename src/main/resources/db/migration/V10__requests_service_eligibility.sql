-- Who can apply for each service, in both languages, shown on the service catalogue.
alter table support_service
    add column eligibility_ar text,
    add column eligibility_en text;

update support_service set
    eligibility_ar = 'كل من يحتاج إلى تقييم لاحتياجه النفسي، لنفسه أو لأحد أفراد أسرته، دون اشتراط تشخيص سابق. يقدّم ولي الأمر الطلب عن القاصر.',
    eligibility_en = 'Anyone who needs their mental-health needs assessed, for themselves or a family member; no earlier diagnosis is needed. A guardian applies for a minor.'
where code = 'PSY_CONSULTATION';

update support_service set
    eligibility_ar = 'من يتلقى علاجًا نفسيًا لدى جهة معتمدة ويتعذر عليه تحمّل تكلفة الجلسات كاملة، بتقرير طبي حديث وإثبات للدخل.',
    eligibility_en = 'People in psychotherapy at an accredited provider who cannot meet the full cost of the sessions, with a recent medical report and proof of income.'
where code = 'THERAPY_SESSIONS';

update support_service set
    eligibility_ar = 'من وُصفت له أدوية نفسية ويتعذر عليه تحمّل تكلفتها كاملة، بوصفة طبية سارية وتقرير طبي وإثبات للدخل.',
    eligibility_en = 'People prescribed psychiatric medication who cannot meet its full cost, with a valid prescription, a medical report and proof of income.'
where code = 'MEDICATION';

update support_service set
    eligibility_ar = 'الأسر التي ترعى فردًا يعاني من اضطراب نفسي؛ يقدّم الطلب أحد أفراد الأسرة البالغين.',
    eligibility_en = 'Families caring for a member with a mental-health condition; any adult member of the family may apply.'
where code = 'FAMILY_COUNSELLING';

update support_service set
    eligibility_ar = 'الجميع: الأفراد والأسر والمدارس وجهات العمل المهتمون بالصحة النفسية.',
    eligibility_en = 'Everyone: individuals, families, schools and workplaces interested in mental health.'
where code = 'AWARENESS';
