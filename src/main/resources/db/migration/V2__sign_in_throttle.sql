-- Sign-in throttling (issue 6): failed sign-ins in a row and the lock they caused, per account.
-- Kept in the database so that every instance behind a load balancer sees the same lock.
ALTER TABLE app_user ADD COLUMN failed_sign_ins INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE app_user ADD COLUMN locked_until TIMESTAMP(6) WITH TIME ZONE;
