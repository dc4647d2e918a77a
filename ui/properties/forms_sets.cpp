// Forms of the nodes that combine or cut sets: and/or/except/not, top, split, priority.
#include "document/node_catalog.h"
#include "properties/node_forms.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace seg::ui {

namespace {

QString inputsText(const Node& n)
{
    QStringList inputs;
    for (const std::string& in : n.inputs)
        inputs << toQ(in);
    return inputs.isEmpty() ? NodeForm::tr("none yet: drag from another node's output port onto this node")
                            : inputs.join(QStringLiteral(", "));
}

class SetLogicForm : public NodeForm {
    Q_OBJECT
public:
    SetLogicForm(const FormContext& context, const QString& id, QWidget* parent) : NodeForm(context, id, parent)
    {
        inputs_ = new QLabel(this);
        inputs_->setObjectName(QStringLiteral("inputs"));
        inputs_->setWordWrap(true);
        swap_ = new QPushButton(tr("Swap inputs"), this);
        swap_->setObjectName(QStringLiteral("swap"));
        swap_->setToolTip(tr("Exchange which input is kept and which is taken away"));
        connect(swap_, &QPushButton::clicked, this, [this] {
            commit(tr("input order"), [](Node& n) {
                if (n.inputs.size() == 2)
                    std::swap(n.inputs[0], n.inputs[1]);
            });
        });
        hint_ = makeHint(QString(), this);
        form()->addRow(tr("Inputs"), inputs_);
        addFieldRow(form(), swap_);
        addFieldRow(form(), hint_);
    }

protected:
    void load(const Node& n) override
    {
        inputs_->setText(inputsText(n));
        swap_->setVisible(n.type == NodeType::Except);
        swap_->setEnabled(n.inputs.size() == 2);
        const int min = minInputs(n.type);
        hint_->setText(nodeDescription(n.type)
                       + (static_cast<int>(n.inputs.size()) < min
                              ? QStringLiteral("\n") + tr("Needs at least %n input(s).", nullptr, min)
                              : QString()));
    }

private:
    QLabel* inputs_;
    QPushButton* swap_;
    QLabel* hint_;
};

class TopForm : public NodeForm {
    Q_OBJECT
public:
    TopForm(const FormContext& context, const QString& id, QWidget* parent) : NodeForm(context, id, parent)
    {
        field_ = makeColumnPicker(this, tr("The column customers are ranked by"), [this](const QString& name) {
            commit(tr("ranking column"), [&](Node& n) { n.field = name.toStdString(); });
        });
        field_->setObjectName(QStringLiteral("field"));
        mode_ = new QComboBox(this);
        mode_->setObjectName(QStringLiteral("mode"));
        mode_->addItems({tr("Top percent"), tr("Top count")});
        mode_->setToolTip(tr("Keep a share of the ranked customers, or a fixed number"));
        connect(mode_, &QComboBox::activated, this, [this](int index) {
            commit(tr("cut"), [&](Node& n) {
                if (index == 0) {
                    n.percent = n.percent.value_or(10);
                    n.count.reset();
                } else {
                    n.count = n.count.value_or(1000);
                    n.percent.reset();
                }
            });
        });
        percent_ = new QDoubleSpinBox(this);
        percent_->setObjectName(QStringLiteral("percent"));
        percent_->setRange(0.01, 100);
        percent_->setDecimals(2);
        percent_->setSuffix(QStringLiteral(" %"));
        percent_->setKeyboardTracking(false);
        percent_->setToolTip(tr("Share of the ranked customers kept (rounded up)"));
        connect(percent_, &QDoubleSpinBox::valueChanged, this, [this](double v) {
            commit(tr("percent"), [&](Node& n) { n.percent = v; });
        });
        count_ = new QSpinBox(this);
        count_->setObjectName(QStringLiteral("count"));
        count_->setRange(1, 2000000000);
        count_->setGroupSeparatorShown(true);
        count_->setKeyboardTracking(false);
        count_->setToolTip(tr("Number of customers kept"));
        connect(count_, &QSpinBox::valueChanged, this, [this](int v) {
            commit(tr("count"), [&](Node& n) { n.count = v; });
        });
        order_ = new QComboBox(this);
        order_->setObjectName(QStringLiteral("order"));
        order_->addItems({tr("Highest first"), tr("Lowest first")});
        order_->setToolTip(tr("Which end of the ranking is kept; ties go to the smaller customer key"));
        connect(order_, &QComboBox::activated, this, [this](int index) {
            commit(tr("order"), [&](Node& n) { n.ascending = index == 1; });
        });
        auto* amount = new QWidget(this);
        auto* amountLayout = new QHBoxLayout(amount);
        amountLayout->setContentsMargins(0, 0, 0, 0);
        amountLayout->addWidget(mode_);
        amountLayout->addWidget(percent_, 1);
        amountLayout->addWidget(count_, 1);
        form()->addRow(tr("Rank by"), field_);
        form()->addRow(tr("Keep"), amount);
        form()->addRow(tr("Order"), order_);
        addFieldRow(form(), makeHint(tr("Customers without a value in the column are never kept."), this));
    }

protected:
    void load(const Node& n) override
    {
        fillColumnPicker(field_, schema(), toQ(n.field));
        const bool byCount = n.count.has_value() && !n.percent.has_value();
        mode_->setCurrentIndex(byCount ? 1 : 0);
        percent_->setVisible(!byCount);
        count_->setVisible(byCount);
        percent_->setValue(n.percent.value_or(10));
        count_->setValue(static_cast<int>(std::min<int64_t>(n.count.value_or(1000), 2000000000)));
        order_->setCurrentIndex(n.ascending ? 1 : 0);
    }

private:
    QComboBox* field_;
    QComboBox* mode_;
    QDoubleSpinBox* percent_;
    QSpinBox* count_;
    QComboBox* order_;
};

class SplitForm : public NodeForm {
    Q_OBJECT
public:
    SplitForm(const FormContext& context, const QString& id, QWidget* parent) : NodeForm(context, id, parent)
    {
        seed_ = makeLineEdit(this, tr("Any text: the same seed always gives the same groups"), [this](const QString& text) {
            commit(tr("seed"), [&](Node& n) { n.seed = text.toStdString(); });
        });
        seed_->setObjectName(QStringLiteral("seed"));
        parts_ = new QTableWidget(0, 2, this);
        parts_->setObjectName(QStringLiteral("parts"));
        parts_->setHorizontalHeaderLabels({tr("Group"), tr("Percent")});
        parts_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        parts_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        parts_->verticalHeader()->hide();
        parts_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
        parts_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        parts_->verticalHeader()->setDefaultSectionSize(parts_->fontMetrics().height() + 10);
        parts_->setToolTip(tr("Group names become the node's output ports; percents must add up to 100"));
        connect(parts_, &QTableWidget::itemChanged, this, [this] {
            if (!isLoading() && !filling_)
                commitParts();
        });
        auto* add = new QPushButton(tr("Add group"), this);
        add->setObjectName(QStringLiteral("addPart"));
        add->setToolTip(tr("Add another group (its percent starts at 0: take some from the others)"));
        connect(add, &QPushButton::clicked, this, [this] {
            commit(tr("groups"), [](Node& n) {
                std::string name = "group" + std::to_string(n.parts.size() + 1);
                n.parts.push_back({name, 0});
            });
        });
        auto* remove = new QPushButton(tr("Remove group"), this);
        remove->setObjectName(QStringLiteral("removePart"));
        remove->setToolTip(tr("Remove the selected group"));
        connect(remove, &QPushButton::clicked, this, [this] {
            const int row = parts_->currentRow();
            commit(tr("groups"), [row](Node& n) {
                if (row >= 0 && row < static_cast<int>(n.parts.size()))
                    n.parts.erase(n.parts.begin() + row);
            });
        });
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(add);
        buttons->addWidget(remove);
        buttons->addStretch();
        error_ = makeErrorLabel(this);
        error_->setObjectName(QStringLiteral("partsError"));
        form()->addRow(tr("Seed"), seed_);
        form()->addRow(tr("Groups"), parts_);
        addFieldRow(form(), buttons);
        addFieldRow(form(), error_);
    }

protected:
    void load(const Node& n) override
    {
        syncText(seed_, toQ(n.seed));
        filling_ = true;
        parts_->setRowCount(static_cast<int>(n.parts.size()));
        for (int row = 0; row < static_cast<int>(n.parts.size()); ++row) {
            const SplitPart& part = n.parts[size_t(row)];
            setCell(row, 0, toQ(part.name));
            setCell(row, 1, toQ(formatDouble(part.percent)));
        }
        filling_ = false;
        showProblems(n.parts);
    }

private:
    void setCell(int row, int column, const QString& text)
    {
        QTableWidgetItem* item = parts_->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            if (column == 1)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            parts_->setItem(row, column, item);
        }
        if (item->text() != text)
            item->setText(text);
    }

    void commitParts()
    {
        std::vector<SplitPart> parts;
        for (int row = 0; row < parts_->rowCount(); ++row) {
            SplitPart part;
            part.name = parts_->item(row, 0) ? parts_->item(row, 0)->text().trimmed().toStdString() : std::string();
            const QString percent = parts_->item(row, 1) ? parts_->item(row, 1)->text().trimmed() : QString();
            part.percent = parseDouble(percent.toStdString()).value_or(0);
            parts.push_back(part);
        }
        showProblems(parts);
        commit(tr("groups"), [&](Node& n) { n.parts = parts; });
    }

    void showProblems(const std::vector<SplitPart>& parts)
    {
        double total = 0;
        QStringList problems;
        QStringList names;
        for (const SplitPart& p : parts) {
            total += p.percent;
            if (p.name.empty())
                problems << tr("Every group needs a name.");
            else if (names.contains(toQ(p.name)))
                problems << tr("Group names must differ ('%1' is used twice).").arg(toQ(p.name));
            names << toQ(p.name);
            if (!(p.percent > 0))
                problems << tr("Group '%1' needs a percent above 0.").arg(toQ(p.name));
        }
        if (std::abs(total - 100) > 1e-9)
            problems << tr("The percents add up to %1%; they must add up to 100%.").arg(toQ(formatDouble(total)));
        if (parts.empty())
            problems = QStringList{tr("Add at least one group.")};
        problems.removeDuplicates();
        setError(error_, problems.join(QLatin1Char('\n')));
    }

    QLineEdit* seed_;
    QTableWidget* parts_;
    QLabel* error_;
    bool filling_ = false;
};

class PriorityForm : public NodeForm {
    Q_OBJECT
public:
    PriorityForm(const FormContext& context, const QString& id, QWidget* parent) : NodeForm(context, id, parent)
    {
        list_ = new QListWidget(this);
        list_->setObjectName(QStringLiteral("inputs"));
        list_->setMinimumHeight(100);
        list_->setToolTip(tr("Each customer goes to the first input (from the top) that contains them"));
        auto* up = new QPushButton(tr("Move up"), this);
        up->setObjectName(QStringLiteral("up"));
        up->setToolTip(tr("Give the selected input a higher priority"));
        auto* down = new QPushButton(tr("Move down"), this);
        down->setObjectName(QStringLiteral("down"));
        down->setToolTip(tr("Give the selected input a lower priority"));
        connect(up, &QPushButton::clicked, this, [this] { move(-1); });
        connect(down, &QPushButton::clicked, this, [this] { move(+1); });
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(up);
        buttons->addWidget(down);
        buttons->addStretch();
        form()->addRow(tr("Order"), list_);
        addFieldRow(form(), buttons);
        addFieldRow(form(), makeHint(tr("Connect more inputs on the canvas. Each input becomes an output "
                                              "port with the customers it wins."),
                                           this));
    }

protected:
    void load(const Node& n) override
    {
        const int row = list_->currentRow();
        list_->clear();
        for (size_t i = 0; i < n.inputs.size(); ++i)
            list_->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(toQ(n.inputs[i])));
        list_->setCurrentRow(std::min(row, list_->count() - 1));
    }

private:
    void move(int delta)
    {
        const int row = list_->currentRow();
        const int to = row + delta;
        if (row < 0 || to < 0 || to >= list_->count())
            return;
        commit(tr("input order"), [&](Node& n) { std::swap(n.inputs[size_t(row)], n.inputs[size_t(to)]); });
        list_->setCurrentRow(to);
    }

    QListWidget* list_;
};

} // namespace

NodeForm* createSetLogicForm(const FormContext& c, const QString& id, QWidget* p) { return new SetLogicForm(c, id, p); }
NodeForm* createTopForm(const FormContext& c, const QString& id, QWidget* p) { return new TopForm(c, id, p); }
NodeForm* createSplitForm(const FormContext& c, const QString& id, QWidget* p) { return new SplitForm(c, id, p); }
NodeForm* createPriorityForm(const FormContext& c, const QString& id, QWidget* p) { return new PriorityForm(c, id, p); }

} // namespace seg::ui

#include "forms_sets.moc"
