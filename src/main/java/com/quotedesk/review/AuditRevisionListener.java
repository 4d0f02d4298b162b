package com.quotedesk.review;

import com.quotedesk.account.CurrentUser;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the signed-in user ("system" outside a request). */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).username = CurrentUser.nameOrSystem();
    }
}
