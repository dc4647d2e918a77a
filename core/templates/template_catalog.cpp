// The six ready-made graphs. Thresholds are the usual starting points of campaign tools (120
// days lapsed, 14-day cart window, top 10 %); the user edits them on the canvas afterwards.
// Placeholders are whole JSON string values "{{role}}"; the rules only use ops whose meaning
// does not depend on the data's scale (date windows, top percent, event counts).
#include "templates/graph_templates.h"

namespace seg {

namespace {

TemplateRole customerKey()
{
    return {"customer_key", "customer ID column", RoleKind::CustomerColumn, RoleNeed::Any,
            {"customer_id", "customerid", "client_id", "user_id", "id", "_id"}, true};
}

// The events dataset's own columns (mapped in the CLI; the GUI takes them from the project).
std::vector<TemplateRole> eventDatasetRoles()
{
    return {
        {"event_customer", "events' customer ID column", RoleKind::EventColumn, RoleNeed::Any,
         {"customer_id", "customerid", "client_id", "user_id", "_id"}, true},
        {"event_time", "events' time column", RoleKind::EventColumn, RoleNeed::Temporal,
         {"ts", "time", "timestamp", "event_time", "date", "created_at", "_at"}, true},
        {"event_type_column", "events' type column", RoleKind::EventColumn, RoleNeed::Text,
         {"event_type", "type", "event", "event_name", "action"}, true},
    };
}

TemplateRole spend()
{
    return {"spend", "total spend column", RoleKind::CustomerColumn, RoleNeed::Number,
            {"total_spend", "spend", "revenue", "lifetime_value", "clv", "ltv", "monetary", "total"}};
}

TemplateRole lastOrder()
{
    return {"last_order", "last order date column", RoleKind::CustomerColumn, RoleNeed::Temporal,
            {"last_order_date", "last_purchase_date", "last_order", "last_purchase", "last_order_at", "last_"}};
}

TemplateRole purchaseEvent()
{
    return {"purchase_event", "purchase event type", RoleKind::EventType, RoleNeed::Any,
            {"purchase", "order", "buy", "transaction", "checkout", "sale"}};
}

std::vector<TemplateRole> withEvents(std::vector<TemplateRole> own)
{
    std::vector<TemplateRole> roles{customerKey()};
    for (auto& r : eventDatasetRoles())
        roles.push_back(std::move(r));
    for (auto& r : own)
        roles.push_back(std::move(r));
    return roles;
}

std::vector<GraphTemplate> makeTemplates()
{
    std::vector<GraphTemplate> out;
    out.push_back({"win-back", "Win-back",
                   "Customers whose last order is more than 120 days ago, the better-spending half of them: "
                   "the audience for a come-back offer.",
                   false,
                   {customerKey(), lastOrder(), spend()},
                   R"([
  {"id": "c_lapsed", "type": "condition", "label": "No order for 120+ days",
   "field": "{{last_order}}", "op": "before_days_ago", "days": 120},
  {"id": "t_spenders", "type": "top", "label": "Better-spending half", "input": "c_lapsed",
   "field": "{{spend}}", "percent": 50},
  {"id": "s_winback", "type": "segment", "name": "Win-back", "input": "t_spenders",
   "description": "Lapsed customers who used to spend: come-back offer."}
])"});
    out.push_back({"cart-abandonment", "Cart abandonment",
                   "Customers who added to the cart in the last 14 days but did not buy in that time: the "
                   "audience for a reminder.",
                   true,
                   withEvents({{"cart_event", "add-to-cart event type", RoleKind::EventType, RoleNeed::Any,
                                {"cart", "add_to_cart", "addtocart", "cart_add", "basket", "add"}},
                               purchaseEvent()}),
                   R"([
  {"id": "b_carted", "type": "behavior", "label": "Added to cart in the last 14 days",
   "event": "{{cart_event}}", "within_last_days": 14, "aggregate": "count", "op": "ge", "value": 1},
  {"id": "b_no_purchase", "type": "behavior", "label": "No purchase in the last 14 days",
   "event": "{{purchase_event}}", "within_last_days": 14, "aggregate": "count", "op": "eq", "value": 0},
  {"id": "a_abandoned", "type": "and", "label": "Carted but did not buy", "inputs": ["b_carted", "b_no_purchase"]},
  {"id": "s_cart", "type": "segment", "name": "Cart abandoners", "input": "a_abandoned",
   "description": "Added to the cart without buying: reminder message."}
])"});
    out.push_back({"vip-by-spend", "VIP by spend",
                   "The top 10 % of customers by total spend: early access and personal offers.",
                   false,
                   {customerKey(), spend()},
                   R"([
  {"id": "t_vip", "type": "top", "label": "Top 10 % by spend", "field": "{{spend}}", "percent": 10},
  {"id": "s_vip", "type": "segment", "name": "VIP", "input": "t_vip",
   "description": "Our best customers by spend."}
])"});
    out.push_back({"churn-risk", "Churn risk",
                   "Regular buyers (2+ purchases in the last year) who have not bought in the last 90 days: "
                   "retention before they are gone.",
                   true,
                   withEvents({purchaseEvent()}),
                   R"([
  {"id": "b_regular", "type": "behavior", "label": "2+ purchases in the last year",
   "event": "{{purchase_event}}", "within_last_days": 365, "aggregate": "count", "op": "ge", "value": 2},
  {"id": "b_quiet", "type": "behavior", "label": "No purchase in the last 90 days",
   "event": "{{purchase_event}}", "within_last_days": 90, "aggregate": "count", "op": "eq", "value": 0},
  {"id": "a_risk", "type": "and", "label": "Regular but quiet", "inputs": ["b_regular", "b_quiet"]},
  {"id": "s_churn", "type": "segment", "name": "Churn risk", "input": "a_risk",
   "description": "Regular buyers gone quiet: retention offer."}
])"});
    out.push_back({"new-customer-welcome", "New-customer welcome",
                   "Customers who signed up in the last 30 days: the audience for a welcome series.",
                   false,
                   {customerKey(),
                    {"signup", "signup date column", RoleKind::CustomerColumn, RoleNeed::Temporal,
                     {"signup_date", "signup", "sign_up_date", "registered_at", "registration_date", "created_at",
                      "joined", "join_date", "first_seen", "created"}}},
                   R"([
  {"id": "c_new", "type": "condition", "label": "Signed up in the last 30 days",
   "field": "{{signup}}", "op": "within_last_days", "days": 30},
  {"id": "s_welcome", "type": "segment", "name": "New-customer welcome", "input": "c_new",
   "description": "Signed up in the last 30 days: welcome series."}
])"});
    out.push_back({"rfm-tiers", "RFM tiers",
                   "Recency, frequency and monetary value in four tiers: champions, loyal, at risk and "
                   "hibernating.",
                   false,
                   {customerKey(), lastOrder(),
                    {"orders", "number of orders column", RoleKind::CustomerColumn, RoleNeed::Number,
                     {"orders", "order_count", "num_orders", "orders_count", "frequency", "purchases", "order"}},
                    spend()},
                   R"([
  {"id": "c_recent", "type": "condition", "label": "Ordered in the last 90 days",
   "field": "{{last_order}}", "op": "within_last_days", "days": 90},
  {"id": "t_top_spend", "type": "top", "label": "Top 20 % by spend", "field": "{{spend}}", "percent": 20},
  {"id": "t_top_orders", "type": "top", "label": "Top 40 % by orders", "field": "{{orders}}", "percent": 40},
  {"id": "a_champions", "type": "and", "label": "Recent top spenders", "inputs": ["c_recent", "t_top_spend"]},
  {"id": "a_recent_frequent", "type": "and", "label": "Recent frequent buyers", "inputs": ["c_recent", "t_top_orders"]},
  {"id": "e_loyal", "type": "except", "label": "Frequent, not top spend", "inputs": ["a_recent_frequent", "t_top_spend"]},
  {"id": "e_at_risk", "type": "except", "label": "Top spenders, not recent", "inputs": ["t_top_spend", "c_recent"]},
  {"id": "n_not_recent", "type": "not", "label": "No order in the last 90 days", "input": "c_recent"},
  {"id": "e_hibernating", "type": "except", "label": "Not recent, not top spend", "inputs": ["n_not_recent", "t_top_spend"]},
  {"id": "s_champions", "type": "segment", "name": "Champions", "input": "a_champions",
   "description": "Ordered recently and among the top spenders."},
  {"id": "s_loyal", "type": "segment", "name": "Loyal", "input": "e_loyal",
   "description": "Ordered recently and often, not (yet) top spenders."},
  {"id": "s_at_risk", "type": "segment", "name": "At risk", "input": "e_at_risk",
   "description": "Top spenders without a recent order."},
  {"id": "s_hibernating", "type": "segment", "name": "Hibernating", "input": "e_hibernating",
   "description": "No recent order and not a top spender (includes customers who never ordered)."}
])"});
    return out;
}

} // namespace

const std::vector<GraphTemplate>& graphTemplates()
{
    static const std::vector<GraphTemplate> templates = makeTemplates();
    return templates;
}

const GraphTemplate* findTemplate(std::string_view id)
{
    for (const GraphTemplate& t : graphTemplates())
        if (t.id == id)
            return &t;
    return nullptr;
}

} // namespace seg
