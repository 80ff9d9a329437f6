create table probe (id text primary key);
