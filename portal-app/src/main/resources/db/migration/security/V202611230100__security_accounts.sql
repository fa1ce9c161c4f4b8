-- Local accounts and per-user preferences for the embedded default.
create table security_user_account (
    username      varchar(100) not null primary key,
    display_name  varchar(200) not null,
    password_hash varchar(200) not null,
    roles         varchar(500) not null,
    created_at    timestamp with time zone not null
);

create table security_user_preference (
    username     varchar(100) not null primary key,
    color_scheme varchar(10)  not null,
    updated_at   timestamp with time zone not null
);
