# The bf16 split of core/nn/mixed_precision.h in the Python replica: stem, layer1, layer2 and
# decoder stages d2-d4 under bf16 autocast, layer3, layer4 and d1 in float32. Modes: fp32, hy
# (the split), hycl (the split, channels-last). Prints img/s of three 5-second rounds.
# Usage: /usr/bin/python3 bf16_split_step.py MODE
import os,sys
exec(open(__import__("os").path.join(__import__("os").path.dirname(__file__), "bf16_whole_model_step.py")).read().split("mode=sys.argv[1]")[0])
import time
mode=sys.argv[1]; B=32
class H(M):
    def forward(s,x):
        r=s.r
        ac=lambda on: torch.autocast('cpu',dtype=torch.bfloat16,enabled=on)
        with ac(True):
            c1=r.relu(r.bn1(r.conv1(x))); l1=r.layer1(r.maxpool(c1)); l2=r.layer2(l1)
        with ac(False):
            l3=r.layer3(l2.float()); l4=r.layer4(l3); y=s.d1(l4,l3)
        with ac(True):
            y=s.d2(y,l2); y=s.d3(y,l1); y=s.d4(y,c1); return s.head(y)
m=(H() if mode.startswith('hy') else M()); x=torch.randn(B,3,64,64); y=torch.rand(B,11,32,32)
if 'cl' in mode: m=m.to(memory_format=torch.channels_last); x=x.contiguous(memory_format=torch.channels_last)
opt=torch.optim.Adam(m.parameters(),1e-3)
def step():
    opt.zero_grad()
    out=m(x)
    loss=F.binary_cross_entropy_with_logits(out.float(),y); loss.backward(); opt.step()
for i in range(3): step()
res=[]
for r in range(3):
  t=time.time(); n=0
  while time.time()-t<5: step(); n+=1
  res.append(B*n/(time.time()-t))
print(mode, ["%.1f"%v for v in res])
