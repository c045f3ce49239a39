"""Builds the bundled example data in examples/ from scikit-learn's bundled datasets (no network).
Run: /usr/bin/python3 scripts/examples/make_examples.py   (scikit-learn 1.2, numpy, pandas)

- examples/evaluate-model/binary.csv: breast-cancer test-set predictions of a logistic regression
  (id, y_true, y_pred, score, size_band slice) — 0 = malignant, 1 = benign as in sklearn.
- examples/evaluate-model/multiclass.csv: wine test-set predictions with proba_<class> columns.
- examples/evaluate-model/regression.csv: diabetes test-set predictions of a ridge regression.
- examples/compare-champion/{champion,challenger}.csv: two models' predictions on the same ids.
- examples/drift-report/{reference,current,current-shifted}.csv: breast-cancer features split in
  two halves at random (no drift), and the current half with two features shifted.
"""
import os
import numpy as np
import pandas as pd
from sklearn.datasets import load_breast_cancer, load_diabetes, load_wine
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

root = os.path.join(os.path.dirname(__file__), '..', '..', 'examples')
for sub in ('evaluate-model', 'compare-champion', 'drift-report'):
    os.makedirs(os.path.join(root, sub), exist_ok=True)

# Binary: breast cancer.
data = load_breast_cancer(as_frame=True)
X, y = data.data, data.target
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.5, random_state=7, stratify=y)
champion = make_pipeline(StandardScaler(), LogisticRegression(C=0.05, max_iter=1000)).fit(X_train[X.columns[:10]], y_train)
challenger = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=1000)).fit(X_train, y_train)
size_band = pd.cut(X_test['mean radius'], [0, 12, 16, 100], labels=['small', 'medium', 'large']).astype(str)
ids = np.arange(1, len(X_test) + 1)

def predictions(model, cols):
    score = model.predict_proba(X_test[cols])[:, 1]
    return pd.DataFrame({'id': ids, 'y_true': y_test.values, 'y_pred': (score >= 0.5).astype(int),
                         'score': np.round(score, 6), 'size_band': size_band.values})

binary = predictions(challenger, X.columns)
binary.to_csv(os.path.join(root, 'evaluate-model', 'binary.csv'), index=False)
predictions(champion, X.columns[:10]).to_csv(os.path.join(root, 'compare-champion', 'champion.csv'), index=False)
binary.sample(frac=1.0, random_state=3).to_csv(os.path.join(root, 'compare-champion', 'challenger.csv'), index=False)

# Multiclass: wine, class names as words.
wine = load_wine(as_frame=True)
names = np.array(['barolo', 'grignolino', 'barbera'])
Xw_train, Xw_test, yw_train, yw_test = train_test_split(wine.data, wine.target, test_size=0.5, random_state=7, stratify=wine.target)
forest = RandomForestClassifier(n_estimators=50, random_state=0).fit(Xw_train, yw_train)
proba = forest.predict_proba(Xw_test)
multi = pd.DataFrame({'y_true': names[yw_test.values], 'y_pred': names[proba.argmax(axis=1)]})
for k, name in enumerate(names):
    multi[f'proba_{name}'] = proba[:, k]
multi.to_csv(os.path.join(root, 'evaluate-model', 'multiclass.csv'), index=False)

# Regression: diabetes.
diab = load_diabetes(as_frame=True)
Xd_train, Xd_test, yd_train, yd_test = train_test_split(diab.data, diab.target, test_size=0.5, random_state=7)
ridge = Ridge(alpha=0.1).fit(Xd_train, yd_train)
sex = np.where(Xd_test['sex'] > 0, 'a', 'b')
pd.DataFrame({'y_true': yd_test.values, 'y_pred': np.round(ridge.predict(Xd_test), 4), 'sex': sex}).to_csv(
    os.path.join(root, 'evaluate-model', 'regression.csv'), index=False)

# Drift: random halves of the breast-cancer features plus a categorical column.
frame = X.copy()
frame['diagnosis'] = np.where(y == 1, 'benign', 'malignant')
rng = np.random.default_rng(11)
mask = rng.random(len(frame)) < 0.5
reference, current = frame[mask], frame[~mask]
reference.to_csv(os.path.join(root, 'drift-report', 'reference.csv'), index=False)
current.to_csv(os.path.join(root, 'drift-report', 'current.csv'), index=False)
shifted = current.copy()
shifted['mean radius'] = shifted['mean radius'] * 1.25
shifted['mean texture'] = shifted['mean texture'] + 0.8 * reference['mean texture'].std()
shifted['diagnosis'] = np.where(rng.random(len(shifted)) < 0.6, 'malignant', shifted['diagnosis'])
shifted.to_csv(os.path.join(root, 'drift-report', 'current-shifted.csv'), index=False)
print('examples written')
