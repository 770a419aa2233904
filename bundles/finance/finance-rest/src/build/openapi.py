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
  "FinanceMember": obj({"id": I64, "unitId": I64, "fullName": S, "category": S, "baseVnd": I64,
      "duesFrom": {"type": "string", "description": "First month of dues, e.g. 2026-03"}, "active": BOOL}),
  "FinanceMemberRequest": obj({"unitId": strnum("The unit or cell; left out: the caller's unit"), "fullName": S,
      "category": {"type": "string", "description": "Dues category, picks the rule, e.g. LUONG, HUU_TRI, SINH_VIEN"},
      "baseVnd": strnum("Monthly income the percentage rules apply to; 0 or left out for flat categories"),
      "duesFrom": {"type": "string", "description": "First month of dues (2026-03); left out: this month"}}, ["fullName", "category"]),
  "FinanceDuesRule": obj({"category": S, "basisPoints": {**INT, "nullable": True, "description": "100 = 1% of the base"},
      "flatVnd": {**I64, "nullable": True}}),
  "FinanceDuesPayment": obj({"id": I64, "memberId": I64, "unitId": I64, "month": S, "amountVnd": I64, "keptVnd": I64,
      "remitVnd": I64, "paidOn": DATE, "journalEntryId": I64}),
  "FinanceCollectionRequest": obj({"month": {"type": "string", "description": "The month paid for, e.g. 2026-03"},
      "amountVnd": strnum("Amount paid; left out: the member's computed monthly dues"),
      "paidOn": {**DATE, "description": "Left out: today"}}, ["month"]),
  "FinanceDuesStatus": obj({"memberId": I64, "fullName": S, "unitId": I64, "months": INT, "dueVnd": I64, "paidVnd": I64,
      "arrearsVnd": I64}),
  "FinanceOwed": obj({"unitId": I64, "owedVnd": I64}),
  "FinanceRemittance": obj({"id": I64, "fromUnitId": I64, "toUnitId": I64, "amountVnd": I64, "date": DATE, "fromEntryId": I64,
      "toEntryId": I64}),
  "FinanceRemitRequest": obj({"unitId": strnum("The remitting unit; left out: the caller's unit"),
      "date": {**DATE, "description": "Left out: today"}}),
  "FinanceAsset": obj({"id": I64, "code": S, "name": S, "category": S, "unitId": I64, "originUnitId": I64, "custodian": NSTR,
      "acquiredOn": DATE, "costVnd": I64, "usefulLifeYears": INT, "status": {"type": "string", "enum": ["IN_USE", "DISPOSED"]},
      "disposedOn": {**DATE, "nullable": True}, "disposalNote": NSTR}),
  "FinanceAssetRequest": obj({"code": S, "name": S, "category": S, "unitId": strnum("Whose asset; left out: the caller's unit"),
      "custodian": S, "acquiredOn": DATE, "costVnd": strnum("Acquisition value in VND"),
      "usefulLifeYears": strnum("Years of straight-line depreciation, 1 to 100")},
      ["code", "name", "category", "acquiredOn", "costVnd", "usefulLifeYears"]),
  "FinanceAssetEvent": obj({"assetId": I64, "kind": S, "date": DATE, "fromUnitId": {**I64, "nullable": True},
      "toUnitId": {**I64, "nullable": True}, "fromCustodian": NSTR, "toCustodian": NSTR, "note": NSTR, "actor": S}),
  "FinanceDepreciation": obj({"assetId": I64, "asOf": DATE, "monthlyVnd": I64, "months": INT, "accumulatedVnd": I64,
      "bookValueVnd": I64}),
  "FinanceHandoverRequest": obj({"toUnitId": strnum("The receiving unit; left out: the same unit"), "toCustodian": S,
      "date": {**DATE, "description": "Left out: today"}, "note": S}),
  "FinanceDisposalRequest": obj({"date": {**DATE, "description": "Left out: today"}, "reason": S}, ["reason"]),
  "FinanceInventoryRequest": obj({"unitId": strnum("Whose check; left out: the caller's unit"),
      "year": strnum("The year checked; left out: this year")}),
  "FinanceCountRequest": obj({"assetId": strnum("The asset counted"), "found": {"type": "string", "description": "true or false; left out: true"},
      "note": S}, ["assetId"]),
  "FinanceInventoryLine": obj({"assetId": I64, "code": S, "name": S, "counted": BOOL, "found": BOOL, "note": NSTR,
      "discrepancy": BOOL}),
  "FinanceInventoryCheck": obj({"id": I64, "unitId": I64, "year": INT, "closed": BOOL, "lines": arr(ref("FinanceInventoryLine")),
      "discrepancies": arr(ref("FinanceInventoryLine"))}),
  "FinanceReport": obj({"kind": S, "unitId": I64, "year": INT, "rolledUp": BOOL, "header": arr(S), "rows": arr(arr(S))}),
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
KIND = {"name": "kind", "in": "path", "required": True, "description": "The report",
        "schema": {"type": "string", "enum": ["trial-balance", "budget-execution", "dues-collection", "assets"]}}
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
  "/finance/dues/rules": {"get": op("dues", "financeDuesRules", "The configured dues rules per category",
      out=arr(ref("FinanceDuesRule")), codes=(401, 403))},
  "/finance/dues/members": {
      "get": op("dues", "financeDuesMembers", "A unit's members as far as dues go", [UNIT, ROLL], out=arr(ref("FinanceMember"))),
      "post": op("dues", "financeDuesAddMember", "Add a member", body="FinanceMemberRequest", status="201", out=ref("FinanceMember"),
          codes=W)},
  "/finance/dues/members/{id}/payments": {"get": op("dues", "financeDuesPayments", "A member's dues payments", [PID("The member")],
      out=arr(ref("FinanceDuesPayment")), codes=(401, 403, 404))},
  "/finance/dues/members/{id}/collections": {"post": op("dues", "financeDuesCollect",
      "Record dues collected from a member for a month, posted to the member's unit", [PID("The member")],
      body="FinanceCollectionRequest", status="201", out=ref("FinanceDuesPayment"), codes=W)},
  "/finance/dues/monthly": {"get": op("dues", "financeDuesMonthly", "Each member's dues for one month, with what was paid for it",
      [UNIT, q("month", "The month (2026-03); left out: this month"), ROLL], out=arr(ref("FinanceDuesStatus")))},
  "/finance/dues/owed": {"get": op("dues", "financeDuesOwed", "What the unit owes upward now", [UNIT], out=ref("FinanceOwed"),
      codes=(401, 403, 404, 422))},
  "/finance/dues/remittances": {
      "get": op("dues", "financeDuesRemittances", "The unit's remittances", [UNIT], out=arr(ref("FinanceRemittance")),
          codes=(401, 403, 404, 422)),
      "post": op("dues", "financeDuesRemit", "Remit all the unit owes to its parent, posting in both books", body="FinanceRemitRequest",
          status="201", out=ref("FinanceRemittance"), codes=W)},
  "/finance/dues/arrears": {"get": op("dues", "financeDuesArrears", "Members who still owe dues over a range of months",
      [UNIT, q("from", "First month (2026-01); left out: January of this year"), q("to", "Last month; left out: this month"), ROLL],
      out=arr(ref("FinanceDuesStatus")))},
  "/finance/dues/arrears.csv": {"get": op("dues", "financeDuesArrearsCsv", "The arrears report as CSV (UTF-8 with BOM, attachment)",
      [UNIT, q("from", "First month (2026-01); left out: January of this year"), q("to", "Last month; left out: this month"), ROLL],
      out={"type": "string", "format": "binary"}, media="text/csv")},
  "/finance/assets": {
      "get": op("assets", "financeAssets", "A unit's assets (with rollUp, of the units under it too), disposed ones included",
          [UNIT, ROLL], out=arr(ref("FinanceAsset"))),
      "post": op("assets", "financeAssetRegister", "Register an asset", body="FinanceAssetRequest", status="201",
          out=ref("FinanceAsset"), codes=W)},
  "/finance/assets/{id}": {"get": op("assets", "financeAsset", "An asset", [PID("The asset")], out=ref("FinanceAsset"),
      codes=(401, 403, 404))},
  "/finance/assets/{id}/history": {"get": op("assets", "financeAssetHistory", "An asset's history", [PID("The asset")],
      out=arr(ref("FinanceAssetEvent")), codes=(401, 403, 404))},
  "/finance/assets/{id}/depreciation": {"get": op("assets", "financeAssetDepreciation", "Straight-line depreciation as of a date",
      [PID("The asset"), q("asOf", "Left out: today", DATE)], out=ref("FinanceDepreciation"), codes=(401, 403, 404, 422))},
  "/finance/assets/{id}/schedule": {"get": op("assets", "financeAssetSchedule",
      "The depreciation schedule: the figures at the end of each year until written off or disposed of", [PID("The asset")],
      out=arr(ref("FinanceDepreciation")), codes=(401, 403, 404))},
  "/finance/assets/{id}/handover": {"post": op("assets", "financeAssetHandover", "Hand an asset to another custodian and/or unit",
      [PID("The asset")], body="FinanceHandoverRequest", out=ref("FinanceAsset"), codes=W)},
  "/finance/assets/{id}/dispose": {"post": op("assets", "financeAssetDispose", "Dispose of an asset", [PID("The asset")],
      body="FinanceDisposalRequest", out=ref("FinanceAsset"), codes=W)},
  "/finance/assets/inventories": {"post": op("assets", "financeInventoryStart", "Start a unit's yearly inventory check (one per year)",
      body="FinanceInventoryRequest", status="201", out=ref("FinanceInventoryCheck"), codes=W)},
  "/finance/assets/inventories/{id}": {"get": op("assets", "financeInventory", "An inventory check with its discrepancies",
      [PID("The check")], out=ref("FinanceInventoryCheck"), codes=(401, 403, 404))},
  "/finance/assets/inventories/{id}/count": {"post": op("assets", "financeInventoryCount", "Record one asset counted, found or not",
      [PID("The check")], body="FinanceCountRequest", out=ref("FinanceInventoryCheck"), codes=W)},
  "/finance/assets/inventories/{id}/close": {"post": op("assets", "financeInventoryClose",
      "Close the check: uncounted assets are recorded as not found", [PID("The check")], out=ref("FinanceInventoryCheck"), codes=W)},
  "/finance/assets/list.csv": {"get": op("assets", "financeAssetListCsv", "The asset list with depreciation as CSV (attachment)",
      [UNIT, YEAR, ROLL], out={"type": "string", "format": "binary"}, media="text/csv")},
  "/finance/reports/{kind}": {"get": op("reports", "financeReport", "A report as a table of text (the last row: totals)",
      [KIND, UNIT, YEAR, ROLL], out=ref("FinanceReport"))},
  "/finance/reports/{kind}.{format}": {"get": op("reports", "financeReportFile", "A report as CSV (attachment) or PDF (inline)",
      [KIND, {"name": "format", "in": "path", "required": True, "schema": {"type": "string", "enum": ["csv", "pdf"]}},
       UNIT, YEAR, ROLL], out={"type": "string", "format": "binary"}, media="text/csv")},
}
doc = {"openapi": "3.0.3",
       "info": {"title": "Party Office finance module (fragment)", "version": "0.1.0",
                "description": "Merged into /api/openapi.json while the module is installed. Paths are relative to /api; $refs to responses and Problem are the platform document's. Amounts are whole VND."},
       "tags": [{"name": "ledger", "description": "Chart of accounts, journal, reversals, trial balance"},
                {"name": "budget", "description": "Budget lines and their execution"},
                {"name": "expenditures", "description": "Spending from budget lines: request, approve, reject, pay"},
                {"name": "dues", "description": "Party dues: members, monthly dues, collection, remittance upward, arrears"},
                {"name": "assets", "description": "Asset register: depreciation, handover, inventory check, disposal"},
                {"name": "reports", "description": "Trial balance, budget execution, dues collection, asset list as tables, CSV or PDF"}],
       "paths": paths, "components": {"schemas": schemas}}
# the report file is CSV or PDF by its extension
paths["/finance/reports/{kind}.{format}"]["get"]["responses"]["200"]["content"]["application/pdf"] = {"schema": {"type": "string", "format": "binary"}}
with open("src/main/resources/openapi/finance.json", "w", encoding="utf-8") as f:
    json.dump(doc, f, indent=2, ensure_ascii=False)
    f.write("\n")
