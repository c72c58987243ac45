# test: llvm-ir
def f(a):
    yield a
    yield a + 1
# run: list(f(1))
# ---- expected (cpython 3.11) ----
; ModuleID = 'rjit_dump'
source_filename = "rjit_dump"

@PyLong_Type = external global i8
@PyFloat_Type = external global i8

define ptr @rjit_dump(ptr %0, ptr %1, ptr %2) {
entry:
  %s0 = alloca ptr, align 8
  %f0 = alloca double, align 8
  %n0 = alloca i64, align 8
  %k0 = alloca i8, align 1
  %s1 = alloca ptr, align 8
  %f1 = alloca double, align 8
  %n1 = alloca i64, align 8
  %k1 = alloca i8, align 1
  %scratch = alloca ptr, align 8
  %fscratch = alloca double, align 8
  %f = getelementptr i8, ptr %1, i64 32
  %p = load ptr, ptr %f, align 8
  %f2 = getelementptr i8, ptr %p, i64 184
  %f3 = getelementptr i8, ptr %2, i64 16
  %p4 = load ptr, ptr %f3, align 8
  %f5 = getelementptr i8, ptr %1, i64 56
  %p6 = load ptr, ptr %f5, align 8
  %prev = ptrtoint ptr %p6 to i64
  %base = ptrtoint ptr %f2 to i64
  %bytes = sub i64 %prev, %base
  %lasti = ashr i64 %bytes, 1
  switch i64 %lasti, label %resume_in_interpreter [
    i64 0, label %resume
    i64 4, label %resume17
    i64 11, label %resume37
  ]

i0:                                               ; No predecessors!
  br label %deopt

i1:                                               ; preds = %reload
  %v = load ptr, ptr %s0, align 8
  %isnull = icmp eq ptr %v, null
  br i1 %isnull, label %cont, label %xdec

i2:                                               ; preds = %cont
  %f61 = getelementptr i8, ptr %0, i64 16
  %p62 = load ptr, ptr %f61, align 8
  %f63 = getelementptr i8, ptr %p62, i64 100
  %eval_breaker = load volatile i32, ptr %f63, align 4
  %eb = icmp ne i32 %eval_breaker, 0
  br i1 %eb, label %eval_breaker64, label %cont65, !prof !0

i3:                                               ; preds = %cont65
  %f70 = getelementptr i8, ptr %1, i64 72
  %local = load ptr, ptr %f70, align 8
  %isnull71 = icmp eq ptr %local, null
  br i1 %isnull71, label %unbound, label %bound, !prof !0

i4:                                               ; preds = %bound
  %v78 = load ptr, ptr %s0, align 8
  %f79 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f79, align 4
  %f80 = getelementptr i8, ptr %f2, i64 8
  %f81 = getelementptr i8, ptr %1, i64 56
  store ptr %f80, ptr %f81, align 8
  %f82 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f82, align 1
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v78

i5:                                               ; preds = %reload18
  %f83 = getelementptr i8, ptr %0, i64 16
  %p84 = load ptr, ptr %f83, align 8
  %f85 = getelementptr i8, ptr %p84, i64 100
  %eval_breaker86 = load volatile i32, ptr %f85, align 4
  %eb87 = icmp ne i32 %eval_breaker86, 0
  br i1 %eb87, label %eval_breaker88, label %cont89, !prof !0

i6:                                               ; preds = %cont89
  %v99 = load ptr, ptr %s0, align 8
  %isnull100 = icmp eq ptr %v99, null
  br i1 %isnull100, label %cont102, label %xdec101

i7:                                               ; preds = %cont102
  %f110 = getelementptr i8, ptr %1, i64 72
  %local111 = load ptr, ptr %f110, align 8
  %isnull114 = icmp eq ptr %local111, null
  br i1 %isnull114, label %unbound112, label %bound113, !prof !0

i8:                                               ; preds = %bound113
  %f119 = getelementptr i8, ptr %2, i64 8
  %p120 = load ptr, ptr %f119, align 8
  store ptr %p120, ptr %s1, align 8
  br label %i9

i9:                                               ; preds = %i8
  %v121 = load ptr, ptr %s1, align 8
  %v122 = load ptr, ptr %s0, align 8
  %f123 = getelementptr i8, ptr %f2, i64 18
  %f124 = getelementptr i8, ptr %1, i64 56
  store ptr %f123, ptr %f124, align 8
  %f125 = getelementptr i8, ptr %v122, i64 8
  %p126 = load ptr, ptr %f125, align 8
  %f127 = getelementptr i8, ptr %v121, i64 8
  %p128 = load ptr, ptr %f127, align 8
  %a = ptrtoint ptr %p126 to i64
  %eq = icmp eq i64 %a, ptrtoint (ptr @PyLong_Type to i64)
  %a129 = ptrtoint ptr %p128 to i64
  %eq130 = icmp eq i64 %a129, ptrtoint (ptr @PyLong_Type to i64)
  %both = and i1 %eq, %eq130
  br i1 %both, label %int_test, label %float_check

i11:                                              ; preds = %ok
  %v220 = load ptr, ptr %s0, align 8
  %f221 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f221, align 4
  %f222 = getelementptr i8, ptr %f2, i64 22
  %f223 = getelementptr i8, ptr %1, i64 56
  store ptr %f222, ptr %f223, align 8
  %f224 = getelementptr i8, ptr %1, i64 -5
  store i8 -1, ptr %f224, align 1
  call void @rjit_leave(ptr %0, ptr %1)
  ret ptr %v220

i12:                                              ; preds = %reload38
  %f225 = getelementptr i8, ptr %0, i64 16
  %p226 = load ptr, ptr %f225, align 8
  %f227 = getelementptr i8, ptr %p226, i64 100
  %eval_breaker228 = load volatile i32, ptr %f227, align 4
  %eb229 = icmp ne i32 %eval_breaker228, 0
  br i1 %eb229, label %eval_breaker230, label %cont231, !prof !0

i13:                                              ; preds = %cont231
  %v241 = load ptr, ptr %s0, align 8
  %isnull242 = icmp eq ptr %v241, null
  br i1 %isnull242, label %cont244, label %xdec243

i14:                                              ; preds = %cont244
  %f252 = getelementptr i8, ptr %2, i64 0
  %p253 = load ptr, ptr %f252, align 8
  %rc254 = load i64, ptr %p253, align 4
  %rc1255 = add i64 %rc254, 1
  store i64 %rc1255, ptr %p253, align 4
  store ptr %p253, ptr %s0, align 8
  br label %i15

i15:                                              ; preds = %i14
  %v256 = load ptr, ptr %s0, align 8
  %f257 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f257, align 4
  %f258 = getelementptr i8, ptr %f2, i64 30
  %f259 = getelementptr i8, ptr %1, i64 56
  store ptr %f258, ptr %f259, align 8
  %f260 = getelementptr i8, ptr %0, i64 56
  %p261 = load ptr, ptr %f260, align 8
  %f262 = getelementptr i8, ptr %1, i64 48
  %p263 = load ptr, ptr %f262, align 8
  %f264 = getelementptr i8, ptr %p261, i64 8
  store ptr %p263, ptr %f264, align 8
  %f265 = getelementptr i8, ptr %0, i64 32
  %rem266 = load i32, ptr %f265, align 4
  %rem1267 = add i32 %rem266, 1
  store i32 %rem1267, ptr %f265, align 4
  ret ptr %v256

resume_in_interpreter:                            ; preds = %entry
  %c = call ptr @rjit_resume_in_interpreter(ptr %0, ptr %1)
  ret ptr %c

resume:                                           ; preds = %entry
  %f7 = getelementptr i8, ptr %0, i64 32
  %rem = load i32, ptr %f7, align 4
  %rem1 = sub i32 %rem, 1
  store i32 %rem1, ptr %f7, align 4
  %exhausted = icmp sle i32 %rem, 0
  br i1 %exhausted, label %recursion_check, label %link

reload:                                           ; preds = %link
  %f15 = getelementptr i8, ptr %1, i64 80
  %saved = load ptr, ptr %f15, align 8
  store ptr %saved, ptr %s0, align 8
  %f16 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f16, align 4
  br label %i1

recursion_check:                                  ; preds = %resume
  %c8 = call i32 @rjit_recursion_check(ptr %0)
  %too_deep = icmp ne i32 %c8, 0
  br i1 %too_deep, label %recursion_error, label %link

link:                                             ; preds = %recursion_check, %resume
  %f9 = getelementptr i8, ptr %0, i64 56
  %p10 = load ptr, ptr %f9, align 8
  %f11 = getelementptr i8, ptr %p10, i64 8
  %p12 = load ptr, ptr %f11, align 8
  %f13 = getelementptr i8, ptr %1, i64 48
  store ptr %p12, ptr %f13, align 8
  %f14 = getelementptr i8, ptr %p10, i64 8
  store ptr %1, ptr %f14, align 8
  br label %reload

recursion_error:                                  ; preds = %recursion_check
  ret ptr null

resume17:                                         ; preds = %entry
  %f19 = getelementptr i8, ptr %0, i64 32
  %rem20 = load i32, ptr %f19, align 4
  %rem121 = sub i32 %rem20, 1
  store i32 %rem121, ptr %f19, align 4
  %exhausted22 = icmp sle i32 %rem20, 0
  br i1 %exhausted22, label %recursion_check23, label %link24

reload18:                                         ; preds = %link24
  %f34 = getelementptr i8, ptr %1, i64 80
  %saved35 = load ptr, ptr %f34, align 8
  store ptr %saved35, ptr %s0, align 8
  %f36 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f36, align 4
  br label %i5

recursion_check23:                                ; preds = %resume17
  %c25 = call i32 @rjit_recursion_check(ptr %0)
  %too_deep26 = icmp ne i32 %c25, 0
  br i1 %too_deep26, label %recursion_error27, label %link24

link24:                                           ; preds = %recursion_check23, %resume17
  %f28 = getelementptr i8, ptr %0, i64 56
  %p29 = load ptr, ptr %f28, align 8
  %f30 = getelementptr i8, ptr %p29, i64 8
  %p31 = load ptr, ptr %f30, align 8
  %f32 = getelementptr i8, ptr %1, i64 48
  store ptr %p31, ptr %f32, align 8
  %f33 = getelementptr i8, ptr %p29, i64 8
  store ptr %1, ptr %f33, align 8
  br label %reload18

recursion_error27:                                ; preds = %recursion_check23
  ret ptr null

resume37:                                         ; preds = %entry
  %f39 = getelementptr i8, ptr %0, i64 32
  %rem40 = load i32, ptr %f39, align 4
  %rem141 = sub i32 %rem40, 1
  store i32 %rem141, ptr %f39, align 4
  %exhausted42 = icmp sle i32 %rem40, 0
  br i1 %exhausted42, label %recursion_check43, label %link44

reload38:                                         ; preds = %link44
  %f54 = getelementptr i8, ptr %1, i64 80
  %saved55 = load ptr, ptr %f54, align 8
  store ptr %saved55, ptr %s0, align 8
  %f56 = getelementptr i8, ptr %1, i64 64
  store i32 1, ptr %f56, align 4
  br label %i12

recursion_check43:                                ; preds = %resume37
  %c45 = call i32 @rjit_recursion_check(ptr %0)
  %too_deep46 = icmp ne i32 %c45, 0
  br i1 %too_deep46, label %recursion_error47, label %link44

link44:                                           ; preds = %recursion_check43, %resume37
  %f48 = getelementptr i8, ptr %0, i64 56
  %p49 = load ptr, ptr %f48, align 8
  %f50 = getelementptr i8, ptr %p49, i64 8
  %p51 = load ptr, ptr %f50, align 8
  %f52 = getelementptr i8, ptr %1, i64 48
  store ptr %p51, ptr %f52, align 8
  %f53 = getelementptr i8, ptr %p49, i64 8
  store ptr %1, ptr %f53, align 8
  br label %reload38

recursion_error47:                                ; preds = %recursion_check43
  ret ptr null

deopt:                                            ; preds = %i0
  %c57 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 -1, i32 0, i32 0)
  ret ptr %c57

xdec:                                             ; preds = %i1
  %rc = load i64, ptr %v, align 4
  %rc1 = sub i64 %rc, 1
  store i64 %rc1, ptr %v, align 4
  %dead = icmp eq i64 %rc1, 0
  br i1 %dead, label %dealloc, label %cont58

cont:                                             ; preds = %cont58, %i1
  br label %i2

dealloc:                                          ; preds = %xdec
  %f59 = getelementptr i8, ptr %f2, i64 2
  %f60 = getelementptr i8, ptr %1, i64 56
  store ptr %f59, ptr %f60, align 8
  call void @_Py_Dealloc(ptr %v)
  br label %cont58

cont58:                                           ; preds = %dealloc, %xdec
  br label %cont

eval_breaker64:                                   ; preds = %i2
  %c66 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c66, label %deopt67 [
    i32 0, label %cont65
    i32 -1, label %error
  ]

cont65:                                           ; preds = %eval_breaker64, %i2
  br label %i3

deopt67:                                          ; preds = %eval_breaker64
  %c68 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 1, i32 0, i32 0)
  ret ptr %c68

error:                                            ; preds = %eval_breaker64
  %c69 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 2, i32 0, i32 1)
  ret ptr %c69

unbound:                                          ; preds = %i3
  %f72 = getelementptr i8, ptr %f2, i64 6
  %f73 = getelementptr i8, ptr %1, i64 56
  store ptr %f72, ptr %f73, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %error74

bound:                                            ; preds = %i3
  %rc76 = load i64, ptr %local, align 4
  %rc177 = add i64 %rc76, 1
  store i64 %rc177, ptr %local, align 4
  store ptr %local, ptr %s0, align 8
  br label %i4

error74:                                          ; preds = %unbound
  %c75 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 3, i32 0, i32 1)
  ret ptr %c75

eval_breaker88:                                   ; preds = %i5
  %c90 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c90, label %deopt91 [
    i32 0, label %cont89
    i32 -1, label %error95
  ]

cont89:                                           ; preds = %eval_breaker88, %i5
  br label %i6

deopt91:                                          ; preds = %eval_breaker88
  %v92 = load ptr, ptr %s0, align 8
  %f93 = getelementptr i8, ptr %1, i64 80
  store ptr %v92, ptr %f93, align 8
  %c94 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 4, i32 1, i32 0)
  ret ptr %c94

error95:                                          ; preds = %eval_breaker88
  %v96 = load ptr, ptr %s0, align 8
  %f97 = getelementptr i8, ptr %1, i64 80
  store ptr %v96, ptr %f97, align 8
  %c98 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 5, i32 1, i32 1)
  ret ptr %c98

xdec101:                                          ; preds = %i6
  %rc103 = load i64, ptr %v99, align 4
  %rc1104 = sub i64 %rc103, 1
  store i64 %rc1104, ptr %v99, align 4
  %dead105 = icmp eq i64 %rc1104, 0
  br i1 %dead105, label %dealloc106, label %cont107

cont102:                                          ; preds = %cont107, %i6
  br label %i7

dealloc106:                                       ; preds = %xdec101
  %f108 = getelementptr i8, ptr %f2, i64 12
  %f109 = getelementptr i8, ptr %1, i64 56
  store ptr %f108, ptr %f109, align 8
  call void @_Py_Dealloc(ptr %v99)
  br label %cont107

cont107:                                          ; preds = %dealloc106, %xdec101
  br label %cont102

unbound112:                                       ; preds = %i7
  %f115 = getelementptr i8, ptr %f2, i64 14
  %f116 = getelementptr i8, ptr %1, i64 56
  store ptr %f115, ptr %f116, align 8
  call void @rjit_unbound_local(ptr %0, ptr %1, i32 0)
  br label %error117

bound113:                                         ; preds = %i7
  store ptr %local111, ptr %s0, align 8
  br label %i8

error117:                                         ; preds = %unbound112
  %c118 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 7, i32 0, i32 1)
  ret ptr %c118

num_done:                                         ; preds = %operator_done, %fbox_done209, %fbox_done, %int_fast
  %res = phi ptr [ %c158, %int_fast ], [ %fbox, %fbox_done ], [ %fbox211, %fbox_done209 ], [ %number, %operator_done ]
  %isnull219 = icmp eq ptr %res, null
  br i1 %isnull219, label %error217, label %ok, !prof !0

num_slow:                                         ; preds = %mixed184, %mixed_check, %int_test
  %f212 = getelementptr i8, ptr %v122, i64 8
  %p213 = load ptr, ptr %f212, align 8
  %f214 = getelementptr i8, ptr %p213, i64 168
  %i = load i64, ptr %f214, align 4
  %heap = and i64 %i, 512
  %is_heap = icmp ne i64 %heap, 0
  br i1 %is_heap, label %operator_dunder, label %operator_c

float_result:                                     ; preds = %mixed_fast
  %fres = phi double [ %fadd208, %mixed_fast ]
  %c210 = call ptr @PyFloat_FromDouble(double %fres)
  br label %fbox_done209

int_test:                                         ; preds = %i9
  %f131 = getelementptr i8, ptr %v122, i64 16
  %size = load i64, ptr %f131, align 4
  %size2 = add i64 %size, 2
  %compact = icmp ule i64 %size2, 4
  %f132 = getelementptr i8, ptr %v122, i64 24
  %digit0 = load i32, ptr %f132, align 4
  %digit0133 = zext i32 %digit0 to i64
  %f134 = getelementptr i8, ptr %v122, i64 28
  %digit1 = load i32, ptr %f134, align 4
  %digit1135 = zext i32 %digit1 to i64
  %negative = icmp slt i64 %size, 0
  %neg_size = sub i64 0, %size
  %ndigits = select i1 %negative, i64 %neg_size, i64 %size
  %two = icmp eq i64 %ndigits, 2
  %hi = shl i64 %digit1135, 30
  %hi2 = select i1 %two, i64 %hi, i64 0
  %mag = add i64 %digit0133, %hi2
  %zero = icmp eq i64 %size, 0
  %mag0 = select i1 %zero, i64 0, i64 %mag
  %neg_mag = sub i64 0, %mag0
  %ival = select i1 %negative, i64 %neg_mag, i64 %mag0
  %f136 = getelementptr i8, ptr %v121, i64 16
  %size137 = load i64, ptr %f136, align 4
  %size2138 = add i64 %size137, 2
  %compact139 = icmp ule i64 %size2138, 4
  %f140 = getelementptr i8, ptr %v121, i64 24
  %digit0141 = load i32, ptr %f140, align 4
  %digit0142 = zext i32 %digit0141 to i64
  %f143 = getelementptr i8, ptr %v121, i64 28
  %digit1144 = load i32, ptr %f143, align 4
  %digit1145 = zext i32 %digit1144 to i64
  %negative146 = icmp slt i64 %size137, 0
  %neg_size147 = sub i64 0, %size137
  %ndigits148 = select i1 %negative146, i64 %neg_size147, i64 %size137
  %two149 = icmp eq i64 %ndigits148, 2
  %hi150 = shl i64 %digit1145, 30
  %hi2151 = select i1 %two149, i64 %hi150, i64 0
  %mag152 = add i64 %digit0142, %hi2151
  %zero153 = icmp eq i64 %size137, 0
  %mag0154 = select i1 %zero153, i64 0, i64 %mag152
  %neg_mag155 = sub i64 0, %mag0154
  %ival156 = select i1 %negative146, i64 %neg_mag155, i64 %mag0154
  %compact157 = and i1 %compact, %compact139
  br i1 %compact157, label %int_fast, label %num_slow, !prof !1

float_check:                                      ; preds = %i9
  %f159 = getelementptr i8, ptr %v122, i64 8
  %p160 = load ptr, ptr %f159, align 8
  %f161 = getelementptr i8, ptr %v121, i64 8
  %p162 = load ptr, ptr %f161, align 8
  %a163 = ptrtoint ptr %p160 to i64
  %eq164 = icmp eq i64 %a163, ptrtoint (ptr @PyFloat_Type to i64)
  %a165 = ptrtoint ptr %p162 to i64
  %eq166 = icmp eq i64 %a165, ptrtoint (ptr @PyFloat_Type to i64)
  %both167 = and i1 %eq164, %eq166
  br i1 %both167, label %float_fast, label %mixed_check, !prof !1

int_fast:                                         ; preds = %int_test
  %iadd = add nsw i64 %ival, %ival156
  %c158 = call ptr @PyLong_FromLongLong(i64 %iadd)
  br label %num_done

float_fast:                                       ; preds = %float_check
  %f168 = getelementptr i8, ptr %v122, i64 16
  %fval = load double, ptr %f168, align 8
  %f169 = getelementptr i8, ptr %v121, i64 16
  %fval170 = load double, ptr %f169, align 8
  %fadd = fadd double %fval, %fval170
  %c171 = call ptr @PyFloat_FromDouble(double %fadd)
  br label %fbox_done

mixed_check:                                      ; preds = %float_check
  %f172 = getelementptr i8, ptr %v122, i64 8
  %p173 = load ptr, ptr %f172, align 8
  %a174 = ptrtoint ptr %p173 to i64
  %eq175 = icmp eq i64 %a174, ptrtoint (ptr @PyFloat_Type to i64)
  %a176 = ptrtoint ptr %p173 to i64
  %eq177 = icmp eq i64 %a176, ptrtoint (ptr @PyLong_Type to i64)
  %f178 = getelementptr i8, ptr %v121, i64 8
  %p179 = load ptr, ptr %f178, align 8
  %a180 = ptrtoint ptr %p179 to i64
  %eq181 = icmp eq i64 %a180, ptrtoint (ptr @PyFloat_Type to i64)
  %a182 = ptrtoint ptr %p179 to i64
  %eq183 = icmp eq i64 %a182, ptrtoint (ptr @PyLong_Type to i64)
  %float_first = and i1 %eq175, %eq183
  %int_first = and i1 %eq177, %eq181
  %mixed = or i1 %float_first, %int_first
  br i1 %mixed, label %mixed184, label %num_slow, !prof !1

fbox_done:                                        ; preds = %float_fast
  %fbox = phi ptr [ %c171, %float_fast ]
  br label %num_done

mixed184:                                         ; preds = %mixed_check
  %int_operand = select i1 %float_first, ptr %v121, ptr %v122
  %float_operand = select i1 %float_first, ptr %v122, ptr %v121
  %f185 = getelementptr i8, ptr %int_operand, i64 16
  %size186 = load i64, ptr %f185, align 4
  %size2187 = add i64 %size186, 2
  %compact188 = icmp ule i64 %size2187, 4
  %f189 = getelementptr i8, ptr %int_operand, i64 24
  %digit0190 = load i32, ptr %f189, align 4
  %digit0191 = zext i32 %digit0190 to i64
  %f192 = getelementptr i8, ptr %int_operand, i64 28
  %digit1193 = load i32, ptr %f192, align 4
  %digit1194 = zext i32 %digit1193 to i64
  %negative195 = icmp slt i64 %size186, 0
  %neg_size196 = sub i64 0, %size186
  %ndigits197 = select i1 %negative195, i64 %neg_size196, i64 %size186
  %two198 = icmp eq i64 %ndigits197, 2
  %hi199 = shl i64 %digit1194, 30
  %hi2200 = select i1 %two198, i64 %hi199, i64 0
  %mag201 = add i64 %digit0191, %hi2200
  %zero202 = icmp eq i64 %size186, 0
  %mag0203 = select i1 %zero202, i64 0, i64 %mag201
  %neg_mag204 = sub i64 0, %mag0203
  %ival205 = select i1 %negative195, i64 %neg_mag204, i64 %mag0203
  br i1 %compact188, label %mixed_fast, label %num_slow, !prof !1

mixed_fast:                                       ; preds = %mixed184
  %itof = sitofp i64 %ival205 to double
  %f206 = getelementptr i8, ptr %float_operand, i64 16
  %fval207 = load double, ptr %f206, align 8
  %x = select i1 %float_first, double %fval207, double %itof
  %y = select i1 %float_first, double %itof, double %fval207
  %fadd208 = fadd double %x, %y
  br label %float_result

fbox_done209:                                     ; preds = %float_result
  %fbox211 = phi ptr [ %c210, %float_result ]
  br label %num_done

operator_dunder:                                  ; preds = %num_slow
  %c215 = call ptr @rjit_binary_dunder(ptr %0, ptr %v122, ptr %v121, i32 0)
  br label %operator_done

operator_c:                                       ; preds = %num_slow
  %c216 = call ptr @PyNumber_Add(ptr %v122, ptr %v121)
  br label %operator_done

operator_done:                                    ; preds = %operator_c, %operator_dunder
  %number = phi ptr [ %c215, %operator_dunder ], [ %c216, %operator_c ]
  br label %num_done

error217:                                         ; preds = %num_done
  %c218 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 9, i32 0, i32 1)
  ret ptr %c218

ok:                                               ; preds = %num_done
  store ptr %res, ptr %s0, align 8
  br label %i11

eval_breaker230:                                  ; preds = %i12
  %c232 = call i32 @rjit_eval_breaker(ptr %0)
  switch i32 %c232, label %deopt233 [
    i32 0, label %cont231
    i32 -1, label %error237
  ]

cont231:                                          ; preds = %eval_breaker230, %i12
  br label %i13

deopt233:                                         ; preds = %eval_breaker230
  %v234 = load ptr, ptr %s0, align 8
  %f235 = getelementptr i8, ptr %1, i64 80
  store ptr %v234, ptr %f235, align 8
  %c236 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 11, i32 1, i32 0)
  ret ptr %c236

error237:                                         ; preds = %eval_breaker230
  %v238 = load ptr, ptr %s0, align 8
  %f239 = getelementptr i8, ptr %1, i64 80
  store ptr %v238, ptr %f239, align 8
  %c240 = call ptr @rjit_handoff(ptr %0, ptr %1, i32 12, i32 1, i32 1)
  ret ptr %c240

xdec243:                                          ; preds = %i13
  %rc245 = load i64, ptr %v241, align 4
  %rc1246 = sub i64 %rc245, 1
  store i64 %rc1246, ptr %v241, align 4
  %dead247 = icmp eq i64 %rc1246, 0
  br i1 %dead247, label %dealloc248, label %cont249

cont244:                                          ; preds = %cont249, %i13
  br label %i14

dealloc248:                                       ; preds = %xdec243
  %f250 = getelementptr i8, ptr %f2, i64 26
  %f251 = getelementptr i8, ptr %1, i64 56
  store ptr %f250, ptr %f251, align 8
  call void @_Py_Dealloc(ptr %v241)
  br label %cont249

cont249:                                          ; preds = %dealloc248, %xdec243
  br label %cont244
}

declare ptr @rjit_resume_in_interpreter(ptr, ptr)

declare i32 @rjit_recursion_check(ptr)

declare ptr @rjit_handoff(ptr, ptr, i32, i32, i32)

declare void @_Py_Dealloc(ptr)

declare i32 @rjit_eval_breaker(ptr)

declare void @rjit_unbound_local(ptr, ptr, i32)

declare void @rjit_leave(ptr, ptr)

declare ptr @PyLong_FromLongLong(i64)

declare ptr @PyFloat_FromDouble(double)

declare ptr @rjit_binary_dunder(ptr, ptr, ptr, i32)

declare ptr @PyNumber_Add(ptr, ptr)

!0 = !{!"branch_weights", i32 1, i32 2000}
!1 = !{!"branch_weights", i32 2000, i32 1}
