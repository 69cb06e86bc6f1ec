-- When a volunteer's data is erased their certificates are deleted, but a certificate already
-- printed and shown to an employer still carries its code. The code (random, not personal) and
-- the issue date are kept, so the public check can say the certificate was issued and that its
-- holder's details were erased, instead of calling it forged.
create table volunteer_certificate_erased (
    code       char(11)    not null primary key,
    issued_at  datetime(6) not null,
    erased_at  datetime(6) not null
);
