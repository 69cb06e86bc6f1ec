-- A certificate whose holder's data was erased: only its code and when it was issued stay, so
-- verifying it says the association issued it and its holder's details were erased, instead of
-- "never issued". Nothing here names or points to the person.
create table erased_certificate (
    code       char(11)    not null primary key,
    issued_at  datetime(6) not null,
    erased_at  datetime(6) not null
);
