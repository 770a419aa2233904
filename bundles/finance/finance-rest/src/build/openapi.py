"""Writes src/main/resources/openapi/finance.json (run from the module directory); kept so the fragment is regenerated, not hand-edited."""
import json

def ref(name): return {"$ref": "#/components/schemas/" + name}
S = {"type": "string"}
I64 = {"type": "integer", "format": "int64"}
INT = {"type": "integer"}
BOOL = {"type": "boolean"}
DATE = {"type": "string", "format": "date"}
NSTR = {"type": "string", "nullable": True}
def arr(x): return {"type": "array", "items": x}
def obj(props, required=()):
    o = {"type": "object", "properties": props}
    if required: o["required"] = list(required)
    return o
def strnum(desc): return {"type": "string", "description": desc + " (a whole number; a JSON number is accepted too)"}

schemas = {
  "FinanceAccountType": {"type": "string", "enum": ["ASSET", "LIABILITY", "FUND", "REVENUE", "EXPENSE"]},
  "FinanceAccount": obj({"code": S, "name": S, "type": ref("FinanceAccountType"), "parentCode": NSTR, "active": BOOL}),
  "FinancePosting": obj({"account": S, "debitVnd": I64, "creditVnd": I64, "memo": NSTR}),
  "FinanceJournalEntry": obj({"id": I64, "unitId": I64, "originUnitId": I64, "date": DATE, "description": S, "reference": NSTR,
      "reversesId": {**I64, "nullable": True}, "reversedById": {**I64, "nullable": True}, "createdBy": S,
      "createdAt": {"type": "string", "format": "date-time"}, "postings": arr(ref("FinancePosting"))}),
  "FinancePostingRequest": obj({"account": S, "debit": strnum("Debit in VND"), "credit": strnum("Credit in VND"), "memo": S}, ["account"]),
  "FinanceEntryRequest": obj({"unitId": strnum("Whose books; left out: the caller's unit"), "date": DATE, "description": S,
      "reference": S, "postings": arr(ref("FinancePostingRequest"))}, ["date", "description", "postings"]),
  "FinanceReverseRequest": obj({"date": DATE, "reason": S}, ["date"]),
  "FinanceTrialBalanceLine": obj({"account": S, "name": S, "type": ref("FinanceAccountType"), "debitVnd": I64, "creditVnd": I64,
      "balanceVnd": I64}),
  "FinanceTrialBalance": obj({"unitId": I64, "rolledUp": BOOL, "asOf": DATE, "unitIds": arr(I64),
      "lines": arr(ref("FinanceTrialBalanceLine")), "totalDebitVnd": I64, "totalCreditVnd": I64, "balanced": BOOL}),
  "FinanceBudgetStatus": {"type": "string", "enum": ["DRAFT", "APPROVED"]},
  "FinanceBudgetLine": obj({"id": I64, "unitId": I64, "originUnitId": I64, "year": INT, "category": S, "title": S, "account": S,
      "estimateVnd": I64, "allocatedVnd": I64, "status": S, "reference": NSTR, "createdBy": S,
      "createdAt": {"type": "string", "format": "date-time"}}),
  "FinanceLineRequest": obj({"unitId": strnum("Whose budget; left out: the caller's unit"), "year": strnum("Fiscal year; left out: this year"),
      "category": S, "title": S, "estimate": strnum("Estimate in VND"), "account": S}, ["category", "title", "estimate"]),
  "FinanceAllocationRequest": obj({"amount": strnum("Amount in VND"), "note": S}, ["amount"]),
  "FinanceBudgetExecution": obj({"lineId": I64, "unitId": I64, "year": INT, "category": S, "title": S, "estimateVnd": I64,
      "allocatedVnd": I64, "committedVnd": I64, "spentVnd": I64, "remainingVnd": I64}),
  "FinanceExpenditure": obj({"id": I64, "budgetLineId": I64, "title": S, "amountVnd": I64, "reference": NSTR,
      "status": {"type": "string", "enum": ["REQUESTED", "APPROVED", "REJECTED", "PAID"]}, "warning": NSTR, "requestedBy": S,
      "decidedBy": NSTR, "decisionNote": NSTR, "journalEntryId": {**I64, "nullable": True}, "paidOn": {**DATE, "nullable": True}}),
  "FinanceExpenditureRequest": obj({"title": S, "amount": strnum("Amount in VND"), "reference": S}, ["title", "amount"]),
  "FinanceDecisionRequest": obj({"note": S}),
  "FinancePaymentRequest": obj({"date": {**DATE, "description": "Payment date; left out: today"}}),
}
del schemas["FinanceBudgetStatus"]

def errs(*codes):
    names = {400: "BadRequest", 401: "Unauthorized", 403: "Forbidden", 404: "NotFound", 409: "Conflict", 422: "InvalidInput"}
    return {str(c): {"$ref": "#/components/responses/" + names[c]} for c in codes}
def q(name, desc, schema=S, required=False):
    return {"name": name, "in": "query", "required": required, "schema": schema, "description": desc}
PID = lambda what: {"name": "id", "in": "path", "required": True, "schema": I64, "description": what}
UNIT = q("unitId", "Whose books; left out: the caller's unit", I64)
ROLL = q("rollUp", "Include every unit under it", BOOL)
YEAR = q("year", "Fiscal year; left out: this year", INT)
def op(tag, opid, summary, params=(), body=None, status="200", out=None, media="application/json", codes=(401, 403, 422)):
    o = {"tags": [tag], "operationId": opid, "summary": summary}
    if params: o["parameters"] = list(params)
    if body:
        o["requestBody"] = {"required": True, "content": {"application/json": {"schema": ref(body)}}}
    resp = {"description": "Created" if status == "201" else "OK"}
    if out is not None: resp["content"] = {media: {"schema": out}}
    o["responses"] = {status: resp, **errs(*codes)}
    return o

W = (400, 401, 403, 404, 409, 422)
paths = {
  "/finance/accounts": {"get": op("ledger", "financeAccounts", "The chart of accounts, by code", out=arr(ref("FinanceAccount")), codes=(401, 403))},
  "/finance/entries": {"post": op("ledger", "financePost", "Post a balanced entry (unbalanced: 422 naming postings)", body="FinanceEntryRequest",
      status="201", out=ref("FinanceJournalEntry"), codes=W)},
  "/finance/entries/{id}": {"get": op("ledger", "financeEntry", "A journal entry", [PID("The entry")], out=ref("FinanceJournalEntry"),
      codes=(401, 403, 404))},
  "/finance/entries/{id}/reverse": {"post": op("ledger", "financeReverse", "Reverse an entry with the opposite postings",
      [PID("The entry")], body="FinanceReverseRequest", status="201", out=ref("FinanceJournalEntry"), codes=W)},
  "/finance/journal": {"get": op("ledger", "financeJournal", "A unit's entries in a period, oldest first",
      [UNIT, q("from", "First day", DATE, True), q("to", "Last day", DATE, True)], out=arr(ref("FinanceJournalEntry")))},
  "/finance/trial-balance": {"get": op("ledger", "financeTrialBalance", "The trial balance as of a date",
      [UNIT, q("asOf", "Up to and including this day; left out: today", DATE), ROLL], out=ref("FinanceTrialBalance"))},
  "/finance/trial-balance.csv": {"get": op("ledger", "financeTrialBalanceCsv", "The trial balance as CSV (UTF-8 with BOM, attachment)",
      [UNIT, q("asOf", "Up to and including this day; left out: today", DATE), ROLL], out={"type": "string", "format": "binary"},
      media="text/csv")},
  "/finance/budget/lines": {
      "get": op("budget", "financeBudgetLines", "A unit's budget lines of a year", [UNIT, YEAR, ROLL], out=arr(ref("FinanceBudgetLine"))),
      "post": op("budget", "financeBudgetEstimate", "A new draft budget line", body="FinanceLineRequest", status="201",
          out=ref("FinanceBudgetLine"), codes=W)},
  "/finance/budget/lines/{id}": {"get": op("budget", "financeBudgetLine", "A budget line", [PID("The line")], out=ref("FinanceBudgetLine"),
      codes=(401, 403, 404))},
  "/finance/budget/lines/{id}/approve": {"post": op("budget", "financeBudgetApprove", "Approve a draft line", [PID("The line")],
      out=ref("FinanceBudgetLine"), codes=W)},
  "/finance/budget/lines/{id}/allocate": {"post": op("budget", "financeBudgetAllocate", "Add an allocation to a line", [PID("The line")],
      body="FinanceAllocationRequest", out=ref("FinanceBudgetLine"), codes=W)},
  "/finance/budget/lines/{id}/expenditures": {
      "get": op("expenditures", "financeExpenditures", "A line's expenditures", [PID("The line")], out=arr(ref("FinanceExpenditure")),
          codes=(401, 403, 404)),
      "post": op("expenditures", "financeExpenditureRequest", "Request a spending from an approved line", [PID("The line")],
          body="FinanceExpenditureRequest", status="201", out=ref("FinanceExpenditure"), codes=W)},
  "/finance/budget/execution": {"get": op("budget", "financeBudgetExecution", "Estimate, allocated, committed, spent and remaining per line",
      [UNIT, YEAR, ROLL], out=arr(ref("FinanceBudgetExecution")))},
  "/finance/budget/expenditures/{id}": {"get": op("expenditures", "financeExpenditure", "An expenditure", [PID("The expenditure")],
      out=ref("FinanceExpenditure"), codes=(401, 403, 404))},
  "/finance/budget/expenditures/{id}/approve": {"post": op("expenditures", "financeExpenditureApprove", "Approve an expenditure",
      [PID("The expenditure")], body="FinanceDecisionRequest", out=ref("FinanceExpenditure"), codes=W)},
  "/finance/budget/expenditures/{id}/reject": {"post": op("expenditures", "financeExpenditureReject", "Reject an expenditure",
      [PID("The expenditure")], body="FinanceDecisionRequest", out=ref("FinanceExpenditure"), codes=W)},
  "/finance/budget/expenditures/{id}/pay": {"post": op("expenditures", "financeExpenditurePay", "Pay an approved expenditure, posting it to the journal",
      [PID("The expenditure")], body="FinancePaymentRequest", out=ref("FinanceExpenditure"), codes=W)},
}
doc = {"openapi": "3.0.3",
       "info": {"title": "Party Office finance module (fragment)", "version": "0.1.0",
                "description": "Merged into /api/openapi.json while the module is installed. Paths are relative to /api; $refs to responses and Problem are the platform document's. Amounts are whole VND."},
       "tags": [{"name": "ledger", "description": "Chart of accounts, journal, reversals, trial balance"},
                {"name": "budget", "description": "Budget lines and their execution"},
                {"name": "expenditures", "description": "Spending from budget lines: request, approve, reject, pay"}],
       "paths": paths, "components": {"schemas": schemas}}
with open("src/main/resources/openapi/finance.json", "w", encoding="utf-8") as f:
    json.dump(doc, f, indent=2, ensure_ascii=False)
    f.write("\n")
