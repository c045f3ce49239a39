"""The reference the evaluate-model bench compares with: scikit-learn's point metrics, no intervals,
load included (pandas.read_csv), timed as a whole process by bench/evaluate.ts when /usr/bin/python3
has scikit-learn. Usage: sklearn_point_metrics.py FILE binary|5-class"""
import sys
import pandas as pd
from sklearn import metrics as m

path, kind = sys.argv[1], sys.argv[2]
df = pd.read_csv(path)
y, p = df['y_true'], df['y_pred']
out = {
    'accuracy': m.accuracy_score(y, p), 'balanced_accuracy': m.balanced_accuracy_score(y, p),
    'mcc': m.matthews_corrcoef(y, p), 'cohen_kappa': m.cohen_kappa_score(y, p),
    'f1_macro': m.f1_score(y, p, average='macro'), 'f1_micro': m.f1_score(y, p, average='micro'),
    'f1_weighted': m.f1_score(y, p, average='weighted'),
    'precision_macro': m.precision_score(y, p, average='macro'), 'recall_macro': m.recall_score(y, p, average='macro'),
}
if kind == 'binary':
    s = df['score']
    out.update(precision=m.precision_score(y, p), recall=m.recall_score(y, p), f1=m.f1_score(y, p),
               roc_auc=m.roc_auc_score(y, s), average_precision=m.average_precision_score(y, s),
               log_loss=m.log_loss(y, s), brier=m.brier_score_loss(y, s))
else:
    proba_cols = [c for c in df.columns if c.startswith('proba_')]
    labels = [c[len('proba_'):] for c in proba_cols]
    proba = df[proba_cols].to_numpy()
    out.update(roc_auc_ovr_macro=m.roc_auc_score(y, proba, multi_class='ovr', average='macro', labels=labels),
               roc_auc_ovr_weighted=m.roc_auc_score(y, proba, multi_class='ovr', average='weighted', labels=labels),
               log_loss=m.log_loss(y, proba, labels=labels))
print(len(out), 'metrics')
