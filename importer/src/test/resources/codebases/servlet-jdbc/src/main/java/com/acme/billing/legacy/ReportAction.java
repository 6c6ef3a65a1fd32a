package com.acme.billing.legacy;

import org.apache.struts.action.Action;

public class ReportAction extends Action {
}
